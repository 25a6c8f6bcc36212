import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLogSource } from '../../../../../src/main/sources/embedded/EmbeddedLogSource';
import { LogQuery } from '../../../../../src/shared/query/logQuery';
import { Histogram } from '../../../../../src/shared/query/logSource';
import { MAX_HISTOGRAM_BUCKETS } from '../../../../../src/shared/query/timeRange';
import { operationalLog } from './sampleLogs';

/** Logs across the supported years, and one a producer stamped with a placeholder year before them. */
const logs = [
  operationalLog('placeholder', 0, { created: '0001-01-01T00:00:00.000Z' }),
  operationalLog('earliest', 0, { created: '1000-01-01T00:00:00.000Z' }),
  operationalLog('recent', 0, { created: '2026-03-01T12:00:00.000Z' }),
  operationalLog('latest', 0, { created: '9999-12-31T23:59:59.999Z' }),
];

let source: EmbeddedLogSource;
beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments(logs);
});
afterAll(() => source.close());

/** The histogram as the contract checks it, its bucket count and the matches it counts. */
async function histogramOf(timeRange: unknown) {
  const histogram = Histogram.parse(await source.histogram(LogQuery.parse({ family: 'operational', timeRange })));
  const counted = histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return { histogram, counted };
}

describe('histogramFrom across the whole span of supported years', () => {
  it('draws the widest range in at most MAX_HISTOGRAM_BUCKETS + 1 buckets, every start a contract instant', async () => {
    const { histogram, counted } = await histogramOf({
      kind: 'absolute',
      from: '1000-01-01T00:00:00Z',
      to: '9999-12-31T23:59:59.999Z',
    });
    expect(histogram.buckets.length).toBeLessThanOrEqual(MAX_HISTOGRAM_BUCKETS + 1);
    expect(histogram.buckets[0]?.start).toMatch(/^0\d{3}-/);
    expect(counted).toBe(3);
  });

  it('closes an open range by the matches within the supported years, leaving out a placeholder year', async () => {
    for (const timeRange of [undefined, { kind: 'absolute', to: '2026-12-31T00:00:00Z' }]) {
      const { histogram, counted } = await histogramOf(timeRange);
      expect(histogram.buckets.length).toBeLessThanOrEqual(MAX_HISTOGRAM_BUCKETS + 1);
      expect(Date.parse(histogram.buckets[0]?.start ?? '')).toBeGreaterThan(Date.parse('0900-01-01T00:00:00Z'));
      expect(counted).toBe(timeRange ? 2 : 3);
    }
  });
});
