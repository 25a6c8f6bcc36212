import type { LogQuery, RelativeRange, TimeRange } from './logQuery';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const RELATIVE_RANGE_MS: Readonly<Record<RelativeRange, number>> = {
  '15m': 15 * MINUTE,
  '1h': HOUR,
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
  '90d': 90 * DAY,
  '1y': 365 * DAY,
};

/**
 * The instants a range may name, in UTC: the four-digit years. Every instant a range or a histogram holds
 * then writes as ISO 8601 with a four-digit year, the one form the contract, the cluster's date parser and
 * the screen all read; and as histogram buckets are aligned to the epoch, the first one starts at most one
 * interval (about 75 years across this whole span) before the range, still in such a year.
 */
const EARLIEST_BOUND = '1000-01-01T00:00:00Z';
const LATEST_BOUND = '9999-12-31T23:59:59.999Z';
const EARLIEST_BOUND_MS = Date.parse(EARLIEST_BOUND);
const LATEST_BOUND_MS = Date.parse(LATEST_BOUND);
const SUPPORTED_YEARS = 'outside the years 1000 to 9999 (UTC) the console supports';

/** Where an instant lies outside the supported years, in words ("before 1000-01-01T00:00:00Z, outside …"), or null. */
export function outsideSupportedYears(iso: string): string | null {
  const ms = Date.parse(iso);
  if (ms < EARLIEST_BOUND_MS) return `before ${EARLIEST_BOUND}, ${SUPPORTED_YEARS}`;
  if (ms > LATEST_BOUND_MS) return `after ${LATEST_BOUND}, ${SUPPORTED_YEARS}`;
  return null;
}

function withinSupportedYears(ms: number): number {
  return Math.min(Math.max(ms, EARLIEST_BOUND_MS), LATEST_BOUND_MS);
}

/** Epoch-millisecond bounds; `from` inclusive, `to` inclusive, either open. */
export interface ResolvedRange {
  fromMs?: number;
  toMs?: number;
}

/**
 * A period's bounds as epoch milliseconds: instants, compared as such whatever offset each was written
 * with (a time range's, the journal's period).
 */
export function resolvePeriod(period: { from?: string | undefined; to?: string | undefined }): ResolvedRange {
  const resolved: ResolvedRange = {};
  if (period.from) resolved.fromMs = Date.parse(period.from);
  if (period.to) resolved.toMs = Date.parse(period.to);
  return resolved;
}

/** Turns a relative range into fixed bounds at `nowMs`, so every page of one query sees the same window. */
export function resolveTimeRange(range: TimeRange | undefined, nowMs: number): ResolvedRange {
  if (!range) return {};
  if (range.kind === 'relative') return { fromMs: nowMs - RELATIVE_RANGE_MS[range.last], toMs: nowMs };
  return resolvePeriod(range);
}

/**
 * The absolute range one histogram bucket covers, both ends inclusive as a TimeRange's are: from its
 * first millisecond to its last, so narrowing to a bar never takes in the next bucket's first one.
 */
export function bucketRange(start: string, intervalMs: number): { from: string; to: string } {
  const startMs = Date.parse(start);
  // The first and last buckets of the widest range reach past the supported years; the range stops at them.
  return {
    from: new Date(withinSupportedYears(startMs)).toISOString(),
    to: new Date(withinSupportedYears(startMs + intervalMs - 1)).toISOString(),
  };
}

/**
 * The span a histogram draws: the resolved range, an end it leaves open closed by the first or last match;
 * null when an end is open and nothing matches. Matches outside the supported years (a producer's placeholder
 * such as 0001-01-01) stay out of it: no bucket of a valid range reaches them.
 */
export function histogramSpan(
  range: ResolvedRange,
  matches: Required<ResolvedRange> | null,
): Required<ResolvedRange> | null {
  const fromMs = range.fromMs ?? matches?.fromMs;
  const toMs = range.toMs ?? matches?.toMs;
  if (fromMs === undefined || toMs === undefined) return null;
  return { fromMs: withinSupportedYears(fromMs), toMs: withinSupportedYears(toMs) };
}

/** The query a histogram counts: the query itself over its span, so matches outside it never add buckets. */
export function overHistogramSpan<Q extends LogQuery>(query: Q, span: Required<ResolvedRange>): Q {
  const timeRange = {
    kind: 'absolute',
    from: new Date(span.fromMs).toISOString(),
    to: new Date(span.toMs).toISOString(),
  } as const;
  return { ...query, timeRange };
}

/** Histogram intervals on offer, smallest first. */
export const HISTOGRAM_INTERVALS_MS = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  7 * DAY,
  30 * DAY,
] as const;

export const MAX_HISTOGRAM_BUCKETS = 120;

/**
 * The smallest interval that spans [fromMs, toMs] in at most MAX_HISTOGRAM_BUCKETS buckets: one on offer,
 * or past ten years or so, the smallest whole number of the largest one.
 */
export function chooseHistogramInterval(fromMs: number, toMs: number): number {
  const span = Math.max(toMs - fromMs, 1);
  for (const interval of HISTOGRAM_INTERVALS_MS) {
    if (span / interval <= MAX_HISTOGRAM_BUCKETS) return interval;
  }
  const largest = HISTOGRAM_INTERVALS_MS[HISTOGRAM_INTERVALS_MS.length - 1] ?? DAY;
  return Math.ceil(span / MAX_HISTOGRAM_BUCKETS / largest) * largest;
}
