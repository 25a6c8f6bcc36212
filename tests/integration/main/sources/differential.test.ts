import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureElasticsearch } from '../../../../scripts/elasticsearch/connection';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ElasticsearchLogSource } from '../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { ensureSeededDataset } from '../../../../scripts/seed/ensureSeededDataset';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { LOG_FIELDS } from '../../../../src/shared/query/fieldRoles';
import { LOG_FAMILIES, LogQuery } from '../../../../src/shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../../../src/shared/query/logSource';
import { QueryRandom, randomFacetFields, randomLogQuery, vocabularyOf } from './randomLogQueries';

/** Its own indices and dataset: > 10,000 documents per family, so totals reach the cap. */
const PATTERNS = { operational: 'it-diff-operational-logs-*', activity: 'it-diff-client-activity-*' };
const DATASET = { clients: 150, days: 40, seed: 'it-differential', endDate: '2025-06-30' } as const;
const QUERY_COUNT = 240;
const PAGES = 3;

const documents = [...generateDataset(DATASET)].map((item) => item.doc);
const vocabulary = vocabularyOf(documents);
/** A few hours after the data ends, so relative ranges ("last 24h", "last 7d") find something. */
const NOW_MS = vocabulary.span.toMs + 6 * 3_600_000;
/** DIFFERENTIAL_SEED explores other queries; the default keeps every run the same. */
const SEED = Number(process.env['DIFFERENTIAL_SEED'] ?? 20_250_630);
const random = new QueryRandom(SEED);
const clientIds = vocabulary.values.operational.get('clientId') ?? [];
const cases = Array.from({ length: QUERY_COUNT }, (_, index) => {
  const query = randomLogQuery(random, vocabulary);
  const facets = randomFacetFields(random, query);
  const scopeClientIds = random.chance(0.1) ? random.some(clientIds, 20) : undefined;
  return { index, query, facets, scopeClientIds, histogram: index % 4 === 0 };
});

/** What the queries actually exercised, checked at the end. */
const seen = { paged: 0, capped: 0, empty: 0, compared: 0, refused: 0, textMatched: 0 };

let cluster: ElasticsearchLogSource;
let embedded: EmbeddedLogSource;

beforeAll(async () => {
  const local = await ensureElasticsearch({ log: () => undefined });
  const connection = { url: local.url, username: local.username ?? 'elastic', password: local.password ?? '' };
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    const seeded = await ensureSeededDataset(client, { patterns: PATTERNS, dataset: DATASET });
    const generated = { operational: 0, activity: 0 };
    for (const doc of documents) generated['created' in doc ? 'operational' : 'activity'] += 1;
    expect(seeded.counts).toEqual(generated);
  } finally {
    await client.close();
  }
  cluster = (await openDevClusterSource(connection, { indexPatterns: PATTERNS }, { now: () => NOW_MS })).source;
  embedded = await EmbeddedLogSource.fromDocuments(documents, { now: () => NOW_MS });
});

afterAll(async () => {
  await cluster?.close();
  await embedded?.close();
});

/** Up to PAGES pages through one source: the ids of each, the first total, and where paging stopped. */
async function pagesOf(source: LogSource, query: LogQuery, options: SearchOptions) {
  const pages: string[][] = [];
  let page = await source.search(query, options);
  const total = page.total;
  pages.push(page.rows.map((row) => row.id));
  while (page.nextCursor && pages.length < PAGES) {
    page = await source.search({ ...query, cursor: page.nextCursor }, options);
    pages.push(page.rows.map((row) => row.id));
  }
  if (page.nextCursor) await source.releaseCursor(query.family, page.nextCursor);
  return { total, pages, more: page.nextCursor !== null };
}

/** Every page of a query through one source, as one list of ids. */
async function walkAll(source: LogSource, query: LogQuery): Promise<string[]> {
  const ids: string[] = [];
  let page = await source.search(query);
  ids.push(...page.rows.map((row) => row.id));
  while (page.nextCursor) {
    page = await source.search({ ...query, cursor: page.nextCursor });
    ids.push(...page.rows.map((row) => row.id));
  }
  return ids;
}

/** A source's pages, or the code and message it refused the query's text with (the same on both engines). */
async function settled<T>(read: () => Promise<T>): Promise<T | { refused: string; message: string }> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ConsoleError && error.code === 'BAD_REQUEST' && error.field === 'text') {
      return { refused: error.code, message: error.message };
    }
    throw error;
  }
}

/** Fails with the query as JSON, so a difference can be replayed by hand. */
function expectSame(what: string, query: unknown, fromCluster: unknown, fromEmbedded: unknown): void {
  const same = JSON.stringify(fromCluster) === JSON.stringify(fromEmbedded);
  expect(
    same,
    `${what} differ for the query\n${JSON.stringify(query)}\n` +
      `Elasticsearch: ${JSON.stringify(fromCluster)}\nembedded:      ${JSON.stringify(fromEmbedded)}`,
  ).toBe(true);
}

describe(`the embedded store answers ${QUERY_COUNT} random queries (seed ${SEED}) as the cluster does`, () => {
  it.each(cases)('query $index', async ({ query, facets, scopeClientIds, histogram }) => {
    const options: SearchOptions = scopeClientIds ? { scopeClientIds } : {};
    const shown = { ...query, ...(scopeClientIds ? { scopeClientIds } : {}), facets };
    const [fromCluster, fromEmbedded] = [
      await settled(() => pagesOf(cluster, query, options)),
      await settled(() => pagesOf(embedded, query, options)),
    ];
    if ('refused' in fromCluster || 'refused' in fromEmbedded) {
      expectSame('Refusals', shown, fromCluster, fromEmbedded);
      seen.compared += 1;
      seen.refused += 1;
      return;
    }
    expectSame('Totals', shown, fromCluster.total, fromEmbedded.total);
    if (query.text && fromCluster.total.value > 0) seen.textMatched += 1;
    expectSame('Pages (ids in order)', shown, fromCluster, fromEmbedded);
    seen.compared += 1;
    if (fromCluster.pages.length > 1) seen.paged += 1;
    if (fromCluster.total.relation === 'gte') seen.capped += 1;
    if (fromCluster.total.value === 0) seen.empty += 1;
    expectSame(
      'Facets',
      shown,
      await cluster.facets(query, facets, options),
      await embedded.facets(query, facets, options),
    );
    if (histogram) {
      expectSame(
        'Histograms',
        shown,
        await cluster.histogram(query, options),
        await embedded.histogram(query, options),
      );
    }
  });

  it.each([
    { family: 'operational', sort: { field: 'client.name', direction: 'asc' }, filters: { origin: ['external'] } },
    {
      family: 'operational',
      sort: { field: 'client.name', direction: 'desc' },
      filters: { action: ['delete', 'create'] },
    },
    {
      family: 'operational',
      sort: { field: 'employee.name', direction: 'desc' },
      filters: { businessModel: ['Client Area'] },
    },
    {
      family: 'operational',
      sort: { field: 'subModel', direction: 'asc' },
      filters: { businessModel: ['Transactions'] },
    },
    {
      family: 'activity',
      sort: { field: 'eventName', direction: 'desc' },
      filters: { actorType: ['manager', 'system'] },
    },
    {
      family: 'activity',
      sort: { field: 'createdAt', direction: 'desc' },
      timeRange: { kind: 'relative', last: '7d' },
    },
  ] as const)('walks every page alike, through missing sort values: %j', async (input) => {
    const query = LogQuery.parse({ ...input, pageSize: 100 });
    const [fromCluster, fromEmbedded] = [await walkAll(cluster, query), await walkAll(embedded, query)];
    expect(fromCluster.length).toBeGreaterThan(100);
    expectSame('All pages', query, fromCluster, fromEmbedded);
  });

  it.each([
    ['client', ''],
    ['client', 'a'],
    ['client', 'MA'],
    ['client', clientIds[0]?.slice(0, 6) ?? 'x'],
    ['employee', ''],
    ['employee', 'j'],
  ] as const)('suggests %s parties for %j alike', async (field, prefix) => {
    expectSame(
      'Suggestions',
      { field, prefix },
      await cluster.suggest(field, prefix),
      await embedded.suggest(field, prefix),
    );
  });

  it('continues a page alike when the time range is written in another zone (one instant, one fingerprint)', async () => {
    const offset = LogQuery.parse({
      family: 'activity',
      pageSize: 10,
      timeRange: { kind: 'absolute', from: '2025-06-20T05:00:00+05:00', to: '2025-06-25T12:30:00+02:00' },
    });
    const utc = LogQuery.parse({
      ...offset,
      timeRange: { kind: 'absolute', from: '2025-06-20T00:00:00Z', to: '2025-06-25T10:30:00.000Z' },
    });
    const [fromCluster, fromEmbedded] = await Promise.all(
      [cluster, embedded].map(async (source) => {
        const first = await source.search(offset);
        expect(first.nextCursor).not.toBeNull();
        const second = await source.search({ ...utc, cursor: first.nextCursor ?? undefined });
        if (second.nextCursor) await source.releaseCursor(utc.family, second.nextCursor);
        return [...first.rows, ...second.rows].map((row) => row.id);
      }),
    );
    expectSame('Two pages across zones', offset, fromCluster, fromEmbedded);
  });

  it('covered what it claims: text, filters, both families, paging, capped totals', () => {
    expect(cases.filter((item) => item.query.text).length).toBeGreaterThan(60);
    expect(cases.filter((item) => Object.keys(item.query.filters).length > 0).length).toBeGreaterThan(100);
    expect(cases.filter((item) => item.query.family === 'activity').length).toBeGreaterThan(80);
    for (const family of LOG_FAMILIES) {
      const ofFamily = cases.filter((item) => item.query.family === family);
      const drawn = (roles: (item: (typeof cases)[number]) => readonly string[]) => new Set(ofFamily.flatMap(roles));
      const missing = (all: Iterable<string>, seen: Set<string>) => [...all].filter((name) => !seen.has(name));
      const fields = LOG_FIELDS[family];
      expect(
        missing(
          fields.filters.keys(),
          drawn((item) => Object.keys(item.query.filters)),
        ),
        `${family} filters`,
      ).toEqual([]);
      expect(
        missing(
          fields.facets,
          drawn((item) => item.facets),
        ),
        `${family} facets`,
      ).toEqual([]);
      expect(
        missing(
          fields.sorts,
          drawn((item) => [item.query.sort.field]),
        ),
        `${family} sorts`,
      ).toEqual([]);
    }
    if (seen.compared < QUERY_COUNT) return; // a filtered run (-t) compares fewer
    expect(seen.paged).toBeGreaterThan(40);
    expect(seen.capped).toBeGreaterThan(5);
    expect(seen.empty).toBeLessThan(QUERY_COUNT / 2);
    // Texts the search rules refuse (a short number alone) are compared as refusals; most texts still match.
    expect(seen.textMatched).toBeGreaterThan(30);
    expect(seen.refused).toBeLessThan(QUERY_COUNT / 6);
  });
});
