import type { RelativeRange, TimeRange } from './logQuery';

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

/** Epoch-millisecond bounds; `from` inclusive, `to` inclusive, either open. */
export interface ResolvedRange {
  fromMs?: number;
  toMs?: number;
}

/** Turns a relative range into fixed bounds at `nowMs`, so every page of one query sees the same window. */
export function resolveTimeRange(range: TimeRange | undefined, nowMs: number): ResolvedRange {
  if (!range) return {};
  if (range.kind === 'relative') return { fromMs: nowMs - RELATIVE_RANGE_MS[range.last], toMs: nowMs };
  const resolved: ResolvedRange = {};
  if (range.from) resolved.fromMs = Date.parse(range.from);
  if (range.to) resolved.toMs = Date.parse(range.to);
  return resolved;
}

/**
 * The absolute range one histogram bucket covers, both ends inclusive as a TimeRange's are: from its
 * first millisecond to its last, so narrowing to a bar never takes in the next bucket's first one.
 */
export function bucketRange(start: string, intervalMs: number): { from: string; to: string } {
  const startMs = Date.parse(start);
  return { from: new Date(startMs).toISOString(), to: new Date(startMs + intervalMs - 1).toISOString() };
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

/** The smallest interval that spans [fromMs, toMs] in at most MAX_HISTOGRAM_BUCKETS buckets. */
export function chooseHistogramInterval(fromMs: number, toMs: number): number {
  const span = Math.max(toMs - fromMs, 1);
  for (const interval of HISTOGRAM_INTERVALS_MS) {
    if (span / interval <= MAX_HISTOGRAM_BUCKETS) return interval;
  }
  return HISTOGRAM_INTERVALS_MS[HISTOGRAM_INTERVALS_MS.length - 1] ?? DAY;
}
