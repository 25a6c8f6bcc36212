import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openDevClusterSource } from '../../../../../scripts/dev/devConnection';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ElasticsearchLogSource } from '../../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { LogQuery } from '../../../../../src/shared/query/logQuery';
import '../../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');

let source: ElasticsearchLogSource;
const observer = createElasticsearchClient(connection);

/** HTTP connections the node has accepted since it started, as the node counts them. */
async function connectionsOpened(): Promise<number> {
  const stats = await observer.nodes.stats({ metric: ['http'] });
  return Object.values(stats.nodes).reduce((sum, node) => sum + (node.http?.total_opened ?? 0), 0);
}

beforeAll(async () => {
  source = (await openDevClusterSource(connection, { indexPatterns: fixture.patterns })).source;
});

afterAll(async () => {
  await source.close();
  await observer.close();
});

it('pages and releases them over the connections it already has: releasing a point in time closes none', async () => {
  const query = LogQuery.parse({ family: 'operational', pageSize: 10 });
  // Warm up: the source's first requests open its connections.
  const warm = await source.search(query);
  if (warm.nextCursor) await source.releaseCursor(warm.family, warm.nextCursor);
  await connectionsOpened();
  const before = await connectionsOpened();
  for (let round = 0; round < 10; round += 1) {
    const first = await source.search(query);
    expect(first.nextCursor, 'the fixture holds more than one page').not.toBeNull();
    const second = await source.search({ ...query, cursor: first.nextCursor ?? undefined });
    if (second.nextCursor) await source.releaseCursor(second.family, second.nextCursor);
  }
  // Ten rounds each open and close a point in time; a connection dropped after each close would show as ten.
  expect((await connectionsOpened()) - before).toBeLessThanOrEqual(1);
});
