import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { LogQuery, TimeRange } from '../../../../src/shared/query/logQuery';
import { bucketRange } from '../../../../src/shared/query/timeRange';
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
