import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { LogQuery, TimeRange } from '../../../../src/shared/query/logQuery';
import { OperationalHistogramRequest } from '../../../../src/shared/contract/logChannels';
import {
  MAX_HISTOGRAM_BUCKETS,
  bucketRange,
  chooseHistogramInterval,
  histogramSpan,
} from '../../../../src/shared/query/timeRange';
import { BASE_MS, MINUTE_MS, at, operationalLog } from '../../main/sources/embedded/sampleLogs';

describe('an absolute time range compares instants, not strings', () => {
  it.each([
    ['10:00+05:00 to 06:00Z (05:00Z to 06:00Z)', '2026-03-01T10:00:00+05:00', '2026-03-01T06:00:00Z'],
    ['the same instant in two zones', '2026-03-01T10:00:00+05:00', '2026-03-01T05:00:00.000Z'],
    ['midnight in Berlin to 23:30 UTC the day before', '2026-03-01T00:00:00+01:00', '2026-02-28T23:30:00Z'],
  ])('accepts %s', (_, from, to) => {
    expect(TimeRange.safeParse({ kind: 'absolute', from, to }).success).toBe(true);
  });

  it.each([
    ['06:00Z to 10:00+05:00 (05:00Z)', '2026-03-01T06:00:00Z', '2026-03-01T10:00:00+05:00'],
    ['one millisecond back', '2026-03-01T05:00:00.001Z', '2026-03-01T10:00:00+05:00'],
  ])('refuses the reversed %s, saying so', (_, from, to) => {
    const parsed = TimeRange.safeParse({ kind: 'absolute', from, to });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('The start of the time range is after its end');
  });
});

describe('a histogram bar narrows to exactly its own bucket', () => {
  const start = BASE_MS + 2 * MINUTE_MS;
  const logs = [
    operationalLog('first-ms', 0, { created: new Date(start).toISOString() }),
    operationalLog('last-ms', 0, { created: new Date(start + MINUTE_MS - 1).toISOString() }),
    operationalLog('next-bucket', 0, { created: new Date(start + MINUTE_MS).toISOString() }),
  ];
  let source: EmbeddedLogSource;
  beforeAll(async () => {
    source = await EmbeddedLogSource.fromDocuments(logs);
  });
  afterAll(() => source.close());

  it('spans the first to the last millisecond, both inclusive', () => {
    expect(bucketRange(new Date(start).toISOString(), MINUTE_MS)).toEqual({
      from: '2024-03-01T00:02:00.000Z',
      to: '2024-03-01T00:02:59.999Z',
    });
  });

  it("matches the bar's count, leaving out a log at the next bucket's first millisecond", async () => {
    const histogram = await source.histogram(
      LogQuery.parse({ family: 'operational', timeRange: { kind: 'absolute', from: at(0), to: at(5) } }),
    );
    expect(histogram.intervalMs).toBe(MINUTE_MS);
    const bar = histogram.buckets.find((bucket) => Date.parse(bucket.start) === start);
    expect(bar?.count).toBe(2);
    const narrowed = await source.search(
      LogQuery.parse({
        family: 'operational',
        timeRange: { kind: 'absolute', ...bucketRange(bar?.start ?? '', MINUTE_MS) },
      }),
    );
    expect(narrowed.total).toEqual({ value: 2, relation: 'eq' });
    expect(narrowed.rows.map((row) => row.id).sort()).toEqual(['first-ms', 'last-ms']);
  });
});

describe('a range names instants within the years the console supports, and says which bound does not', () => {
  it.each([
    ['the first and last instants supported', '1000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'],
    ['the last instant supported, written in another zone', '1000-01-01T05:00:00+05:00', '9999-12-31T18:59:59-05:00'],
  ])('accepts %s', (_, from, to) => {
    expect(TimeRange.safeParse({ kind: 'absolute', from, to }).success).toBe(true);
  });

  it.each([
    ['from', '0000-01-01T00:00:00Z', 'The start of the time range is before 1000-01-01T00:00:00Z'],
    ['from', '0999-12-31T23:59:59.999Z', 'The start of the time range is before 1000-01-01T00:00:00Z'],
    ['from', '1000-01-01T00:00:00+01:00', 'The start of the time range is before 1000-01-01T00:00:00Z'],
    ['to', '0500-01-01T00:00:00Z', 'The end of the time range is before 1000-01-01T00:00:00Z'],
    ['to', '9999-12-31T23:59:59-05:00', 'The end of the time range is after 9999-12-31T23:59:59.999Z'],
    ['from', '9999-12-31T23:00:00-05:00', 'The start of the time range is after 9999-12-31T23:59:59.999Z'],
    // Years past four digits, as a date field's year 20000 reads: said by their year, not as no date at all.
    ['to', '+020000-01-01T10:00:00.000Z', 'The end of the time range is after 9999-12-31T23:59:59.999Z'],
    ['from', '+275760-09-13T00:00:00.000Z', 'The start of the time range is after 9999-12-31T23:59:59.999Z'],
    ['from', '-000001-01-01T00:00:00Z', 'The start of the time range is before 1000-01-01T00:00:00Z'],
  ])('refuses %s %s, naming it', (bound, value, message) => {
    const parsed = TimeRange.safeParse({ kind: 'absolute', [bound]: value });
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[bound], `${message}, outside the years 1000 to 9999 (UTC) the console supports`],
    ]);
  });

  it.each([
    ['a year of six digits within the supported years', '+002026-10-01T00:00:00Z'],
    ['six digits of year and a month the calendar has not', '+020000-13-01T00:00:00Z'],
    ['six digits of year and no offset', '+020000-01-01T00:00:00'],
  ])('refuses %s as no date and time with its offset', (_, value) => {
    const parsed = TimeRange.safeParse({ kind: 'absolute', to: value });
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['to'], 'Not a date and time with its offset, such as 2026-10-01T00:00:00Z'],
    ]);
  });

  it('refuses the link a tester opened (0000-01-01 to 9999-12-31) by its start, on any log channel', () => {
    const parsed = OperationalHistogramRequest.safeParse({
      query: {
        family: 'operational',
        timeRange: { kind: 'absolute', from: '0000-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z' },
      },
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['query.timeRange.from']);
  });
});

describe('a bound written as a date on a day or at a time the calendar has not is refused for what it lacks', () => {
  it.each([
    ['from', '2026-02-30T00:00:00Z', 'The start of the time range', 'February 2026 has no day 30'],
    ['to', '2026-04-31T10:00:00+02:00', 'The end of the time range', 'April 2026 has no day 31'],
    ['from', '2027-02-29T00:00:00Z', 'The start of the time range', 'February 2027 has no day 29'],
    ['to', '2026-13-01T00:00:00Z', 'The end of the time range', 'there is no month 13; months run from 01 to 12'],
    ['to', '2026-10-01T25:00:00Z', 'The end of the time range', 'there is no hour 25; hours run from 00 to 23'],
  ])('%s %s, through the contract of a log channel', (bound, value, named, reason) => {
    const parsed = OperationalHistogramRequest.safeParse({
      query: { family: 'operational', timeRange: { kind: 'absolute', [bound]: value } },
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [`query.timeRange.${bound}`, `${named} is not a real date and time: ${reason}`],
    ]);
  });

  it.each([
    ['text that is no date at all', 'yesterday'],
    ['a real day without its offset', '2026-02-28T00:00:00'],
  ])('still refuses %s as no date and time with its offset', (_, value) => {
    const parsed = TimeRange.safeParse({ kind: 'absolute', from: value });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      'Not a date and time with its offset, such as 2026-10-01T00:00:00Z',
    ]);
  });
});

describe('a histogram keeps to its bucket limit and the supported years', () => {
  const EARLIEST_MS = Date.parse('1000-01-01T00:00:00Z');
  const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');
  const YEAR_MS = 365.2425 * 24 * 3_600_000;

  it.each([
    ['one day', Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-01-02T00:00:00Z')],
    ['nine years', Date.parse('2017-01-01T00:00:00Z'), Date.parse('2026-01-01T00:00:00Z')],
    ['a century', Date.parse('1926-01-01T00:00:00Z'), Date.parse('2026-01-01T00:00:00Z')],
    ['every supported year', EARLIEST_MS, LATEST_MS],
  ])('draws %s in at most MAX_HISTOGRAM_BUCKETS intervals', (_, fromMs, toMs) => {
    const interval = chooseHistogramInterval(fromMs, toMs);
    expect(Number.isSafeInteger(interval)).toBe(true);
    expect((toMs - fromMs) / interval).toBeLessThanOrEqual(MAX_HISTOGRAM_BUCKETS);
  });

  it('begins the widest histogram in a four-digit year, one bucket before the range at most', () => {
    const interval = chooseHistogramInterval(EARLIEST_MS, LATEST_MS);
    expect(interval).toBeLessThan(76 * YEAR_MS);
    const first = EARLIEST_MS - (((EARLIEST_MS % interval) + interval) % interval);
    expect(new Date(first).toISOString()).toMatch(/^0\d{3}-/);
  });

  it('narrows to the first or last bar of the widest histogram within the supported years', () => {
    const interval = chooseHistogramInterval(EARLIEST_MS, LATEST_MS);
    const first = bucketRange('0950-03-01T00:00:00.000Z', interval);
    const last = bucketRange('9990-03-01T00:00:00.000Z', interval);
    expect(first.from).toBe('1000-01-01T00:00:00.000Z');
    expect(last.to).toBe('9999-12-31T23:59:59.999Z');
    expect(TimeRange.safeParse({ kind: 'absolute', ...first }).success).toBe(true);
    expect(TimeRange.safeParse({ kind: 'absolute', ...last }).success).toBe(true);
  });

  it('closes an open end by the first or last match, within the supported years', () => {
    const placeholder = Date.parse('0001-01-01T00:00:00Z');
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(histogramSpan({}, { fromMs: placeholder, toMs: now })).toEqual({ fromMs: EARLIEST_MS, toMs: now });
    expect(histogramSpan({ toMs: now }, { fromMs: placeholder, toMs: now })).toEqual({
      fromMs: EARLIEST_MS,
      toMs: now,
    });
    expect(histogramSpan({ fromMs: now }, { fromMs: now, toMs: Date.parse('+012000-01-01T00:00:00Z') })).toEqual({
      fromMs: now,
      toMs: LATEST_MS,
    });
    expect(histogramSpan({ fromMs: now }, null)).toBeNull();
  });
});
