import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import type { ElasticsearchLogSource } from '../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { LogQuery, type LogQueryInput } from '../../../../src/shared/query/logQuery';
import { Histogram } from '../../../../src/shared/query/logSource';
import { MAX_HISTOGRAM_BUCKETS } from '../../../../src/shared/query/timeRange';
import { seedBothEngines } from '../../support/seedBothEngines';
import '../../support/providedContext';

/**
 * Histograms over the widest ranges the console supports, and over open ranges whose matches include times
 * a producer stamped with a placeholder year outside them: the same buckets on both engines, each answer one
 * the contract accepts, never more than the bucket limit.
 */

const PATTERNS = { operational: 'it-span-operational-*', activity: 'it-span-activity-*' };
const INDEX = 'it-span-operational-2025';

const generated = [...generateDataset({ clients: 6, days: 4, seed: 'it-histogram-span', endDate: '2025-06-30' })]
  .map((item) => item.doc)
  .filter((doc) => 'created' in doc)
  .slice(0, 200);
const first = generated[0];
if (!first) throw new Error('The generated dataset holds no operational log');
const stamped = (id: string, created: string) => ({ ...first, id, created });
const documents = [
  ...generated,
  stamped('span-placeholder', '0001-01-01T00:00:00.000Z'),
  stamped('span-before-earliest', '0999-06-01T00:00:00.000Z'),
  stamped('span-earliest', '1000-01-01T00:00:00.000Z'),
  stamped('span-far-future', '9999-12-31T23:59:59.999Z'),
];

let cluster: ElasticsearchLogSource;
let embedded: EmbeddedLogSource;

beforeAll(async () => {
  ({ cluster, embedded } = await seedBothEngines(inject('elasticsearch'), {
    patterns: PATTERNS,
    indices: { operational: { index: INDEX, documents } },
    now: () => Date.parse('2025-07-01T00:00:00Z'),
  }));
}, 120_000);

afterAll(async () => {
  await cluster?.close();
  await embedded?.close();
});

describe('histograms across the supported years, alike on both engines', () => {
  it.each<[string, LogQueryInput['timeRange'], number]>([
    ['every supported year', { kind: 'absolute', from: '1000-01-01T00:00:00Z', to: '9999-12-31T23:59:59.999Z' }, 202],
    ['no range, placeholder years among the matches', undefined, 202],
    ['an open start, placeholder years before it', { kind: 'absolute', to: '2025-07-01T00:00:00Z' }, 201],
    ['an open end from the earliest supported instant', { kind: 'absolute', from: '1000-01-01T00:00:00Z' }, 202],
    ['a century', { kind: 'absolute', from: '1950-01-01T00:00:00Z', to: '2050-01-01T00:00:00Z' }, 200],
    ['the last year', { kind: 'relative', last: '1y' }, 200],
  ])('draws %s', async (_, timeRange, counted) => {
    const query = LogQuery.parse({ family: 'operational', ...(timeRange ? { timeRange } : {}) });
    const fromCluster = Histogram.parse(await cluster.histogram(query));
    const fromEmbedded = Histogram.parse(await embedded.histogram(query));
    expect(fromCluster).toEqual(fromEmbedded);
    expect(fromCluster.buckets.length).toBeLessThanOrEqual(MAX_HISTOGRAM_BUCKETS + 1);
    expect(fromCluster.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(counted);
  });
});
