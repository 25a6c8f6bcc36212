import { setTimeout as sleep } from 'node:timers/promises';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { ElasticsearchLogSource } from '../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import type { LogQuery } from '../../../src/shared/query/logQuery';
import type { BenchContext, Figure } from '../benchmark';
import { measurePair, TARGET_RUNS } from '../measure';
import { figure } from './logSearchFixtures';
import { openServicePath } from './servicePath';

/** The mapping's trust here, and the pause before each run: a minute and more in the console, scaled down. */
const MAPPING_TTL_MS = 200;
const PAUSE_MS = 300;

/**
 * The first page of a search made after a pause longer than the mapping is trusted (an operator who read
 * a page for a minute, then searched again), through the service path, against one plain search.
 */
export async function afterPauseFigure(
  ctx: BenchContext,
  query: LogQuery,
  rawPlain: () => Promise<unknown>,
  target: Figure['target'],
): Promise<Figure> {
  const client = createElasticsearchClient(ctx.connection);
  const adapter = new ElasticsearchAdapter(client, {
    url: ctx.connection.url,
    username: ctx.connection.username ?? null,
    usesApiKey: ctx.connection.apiKey !== undefined,
    requestTimeoutMs: 120_000,
  });
  const source = new ElasticsearchLogSource({
    adapter,
    indexPatterns: ctx.dataset.patterns,
    mappingTtlMs: MAPPING_TTL_MS,
  });
  const service = openServicePath(source);
  try {
    const [afterPause, plain] = await measurePair(() => service.search(query), rawPlain, {
      cleanupFirst: async (page) => {
        await service.release(page);
        await sleep(PAUSE_MS);
      },
      runs: TARGET_RUNS,
    });
    return figure(
      'first page after a pause, service path',
      afterPause,
      'raw client, one plain search (no PIT)',
      plain,
      {
        ...(target ? { target } : {}),
        note: `each run ${PAUSE_MS} ms after the last, the mapping trusted ${MAPPING_TTL_MS} ms (a minute in the console)`,
      },
    );
  } finally {
    await source.close();
  }
}
