import type { Client } from '@elastic/elasticsearch';
import { compileToElasticsearch } from '../../../src/main/sources/elasticsearch/compileToElasticsearch';
import { LogQuery } from '../../../src/shared/query/logQuery';
import type { LogPage } from '../../../src/shared/query/logSource';
import type { Figure } from '../benchmark';
import { measurePair } from '../measure';
import { figure, PAGE_SIZE } from './logSearchFixtures';

/** The count the first page used to stop at, and what a raw client asks for by default. */
const CAPPED_TOTAL = 10_000;

/**
 * What counting every match costs on a first page: the whole operational log (far beyond 10,000
 * matches) through the service path, which counts exactly, against the raw client sending the same
 * point in time and search with the count capped at 10,000; and the raw exact count against the raw
 * capped one, the cost of counting alone.
 */
export async function exactTotalFigures(
  client: Client,
  index: string,
  keywordFields: Record<string, string>,
  service: { search(query: LogQuery): Promise<LogPage>; release(page: LogPage): Promise<void> },
  target: Figure['target'],
): Promise<Figure[]> {
  const query = LogQuery.parse({ family: 'operational', pageSize: PAGE_SIZE });
  const compiled = compileToElasticsearch(query, {
    mapping: { operational: {}, activity: {} },
    scopeClientIds: null,
    nowMs: Date.now(),
    keywordFields,
  });
  const raw = (trackTotalHits: true | number) => async () => {
    const pit = await client.openPointInTime({ index, keep_alive: '5m' });
    const response = await client.search({
      ...compiled,
      track_total_hits: trackTotalHits,
      size: compiled.size + 1,
      pit: { id: pit.id, keep_alive: '5m' },
    });
    return response.pit_id ?? pit.id;
  };
  const closePit = async (pit: string) => {
    await client.closePointInTime({ id: pit });
  };
  const [exact, capped] = await measurePair(() => service.search(query), raw(CAPPED_TOTAL), {
    cleanupFirst: (page) => service.release(page),
    cleanupSecond: closePit,
  });
  const [rawExact, rawCapped] = await measurePair(raw(true), raw(CAPPED_TOTAL), {
    cleanupFirst: closePit,
    cleanupSecond: closePit,
  });
  return [
    figure(
      'first page of every log, service path, exact total',
      exact,
      'raw client, PIT + search, total capped at 10,000',
      capped,
      {
        target,
      },
    ),
    figure(
      'raw client, PIT + search, exact total',
      rawExact,
      'raw client, PIT + search, total capped at 10,000',
      rawCapped,
      {
        note: 'the cost of counting every match alone',
      },
    ),
  ];
}
