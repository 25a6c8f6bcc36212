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
import { LOG_FAMILIES, LogQuery, type LogFamily } from '../../../../src/shared/query/logQuery';
import {
  DISTINCT_COUNT_PRECISION,
  type FacetField,
  type LogSource,
  type SearchOptions,
} from '../../../../src/shared/query/logSource';
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
/** Facets whose distinct values can be counted: those with values of their own (not a category). */
const countable = (family: LogFamily) =>
  LOG_FIELDS[family].facets.filter((key) => {
    const field = LOG_FIELDS[family].filters.get(key)?.field;
    return field !== undefined && !field.expandsTo && field.kind === undefined;
  }) as FacetField[];
const cases = Array.from({ length: QUERY_COUNT }, (_, index) => {
  const query = randomLogQuery(random, vocabulary);
  const facets = randomFacetFields(random, query);
  const scopeClientIds = random.chance(0.1) ? random.some(clientIds, 20) : undefined;
  /** A jump of this many rows after the first page, compared on both engines; now and then past the end. */
  const skip = random.chance(0.4) ? random.below(random.chance(0.2) ? 40_000 : 4_000) : undefined;
  const suggest =
    query.family === 'operational' && random.chance(0.3) ? random.pick(['client', 'employee'] as const) : null;
  // Taken in turn, not drawn, so the random queries stay those of the seed.
  const distinct = countable(query.family)[index % countable(query.family).length] ?? 'clientId';
  return { index, query, facets, scopeClientIds, histogram: index % 4 === 0, skip, suggest, distinct };
});

/** What the queries actually exercised, checked at the end. */
const seen = {
  paged: 0,
  large: 0,
  empty: 0,
  compared: 0,
  refused: 0,
  textMatched: 0,
  jumped: 0,
  jumpedPastEnd: 0,
  suggested: 0,
  distinct: 0,
};

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

/**
 * The page `skip` rows after the first page, and the page after it: what a jump to a later page shows,
 * walked on the same result set as the first page.
 */
async function jumpOf(source: LogSource, query: LogQuery, skip: number, options: SearchOptions) {
  const first = await source.search(query, options);
  if (!first.nextCursor) return { pages: [] as string[][], total: first.total };
  const jumped = await source.search({ ...query, cursor: first.nextCursor, skip }, options);
  const pages = [jumped.rows.map((row) => row.id)];
  if (jumped.nextCursor) {
    const next = await source.search({ ...query, cursor: jumped.nextCursor }, options);
    pages.push(next.rows.map((row) => row.id));
    if (next.nextCursor) await source.releaseCursor(query.family, next.nextCursor);
  }
  return { pages, total: first.total };
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
  it.each(cases)('query $index', async ({ query, facets, scopeClientIds, histogram, skip, suggest, distinct }) => {
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
    expect(fromCluster.total.relation, 'totals are exact').toBe('eq');
    if (fromCluster.pages.length > 1) seen.paged += 1;
    if (fromCluster.total.value > 10_000) seen.large += 1;
    if (fromCluster.total.value === 0) seen.empty += 1;
    if (skip !== undefined) {
      const [jumpCluster, jumpEmbedded] = [
        await jumpOf(cluster, query, skip, options),
        await jumpOf(embedded, query, skip, options),
      ];
      expectSame(`A jump of ${skip} rows after the first page`, shown, jumpCluster, jumpEmbedded);
      if (jumpCluster.pages.length > 0) seen.jumped += 1;
      if (query.pageSize + skip >= fromCluster.total.value && jumpCluster.pages.length > 0) seen.jumpedPastEnd += 1;
    }
    if (suggest && query.family === 'operational') {
      const prefix = random.chance(0.5) ? '' : random.pick(['a', 'ma', 'ri', 'S', 'k']);
      const within = { ...options, within: query };
      expectSame(
        `Suggestions of ${suggest} for "${prefix}" within the query`,
        shown,
        await cluster.suggest(suggest, prefix, within),
        await embedded.suggest(suggest, prefix, within),
      );
      seen.suggested += 1;
    }
    expectSame(
      'Facets',
      shown,
      await cluster.facets(query, facets, options),
      await embedded.facets(query, facets, options),
    );
    const distinctCounts = [
      await cluster.distinctCount(query, distinct, options),
      await embedded.distinctCount(query, distinct, options),
    ] as const;
    // Past DISTINCT_COUNT_PRECISION values the cluster estimates: within a few percent, not exactly.
    if (distinctCounts[1] < DISTINCT_COUNT_PRECISION) expectSame(`Distinct ${distinct}`, shown, ...distinctCounts);
    else expect(Math.abs(distinctCounts[0] / distinctCounts[1] - 1), `Distinct ${distinct}`).toBeLessThan(0.05);
    if (distinctCounts[1] > 1) seen.distinct += 1;
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

  /** The commonest values of a diff-aware filter in the data, so each case below matches many events. */
  const commonest = (key: string, count: number): string[] => {
    const tally = new Map<string, number>();
    for (const doc of documents) {
      if (!('createdAt' in doc) || !doc.change) continue;
      const { changedFields, before, after } = doc.change;
      const values =
        key === 'changedField'
          ? changedFields
          : Object.entries(key === 'changedFrom' ? before : after).map(([path, value]) => `${path}=${String(value)}`);
      for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    return [...tally]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, count)
      .map(([value]) => value);
  };
  /** The commonest change of one field from a value to another, as its two filters. */
  const transition = (() => {
    const tally = new Map<string, number>();
    for (const doc of documents) {
      if (!('createdAt' in doc) || !doc.change) continue;
      for (const [path, value] of Object.entries(doc.change.before)) {
        if (!(path in doc.change.after)) continue;
        const key = JSON.stringify([`${path}=${String(value)}`, `${path}=${String(doc.change.after[path])}`]);
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    }
    const [top] = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [from, to] = JSON.parse(top?.[0] ?? '["",""]') as [string, string];
    return { changedFrom: [from], changedTo: [to] };
  })();

  it.each([
    { filters: { changedField: commonest('changedField', 1) } },
    { filters: { changedField: commonest('changedField', 3) }, sort: { field: 'actorType', direction: 'asc' } },
    { filters: { changedFrom: commonest('changedFrom', 1) } },
    { filters: transition },
    { filters: { ...transition, changedFrom: [...transition.changedFrom, ...commonest('changedFrom', 2)] } },
    { filters: { changedTo: commonest('changedTo', 3), actorType: ['manager'] }, text: '"status to"' },
    { filters: { sensitive: ['status'] } },
    { filters: { sensitive: ['status', 'limits', 'contact'], changedField: ['riskLevel'] } },
    { filters: { sensitive: ['bank', 'payment'] }, timeRange: { kind: 'relative', last: '30d' } },
  ])('answers the diff-aware filters alike, every page and facet: %j', async (input) => {
    const query = LogQuery.parse({ family: 'activity', pageSize: 100, ...input });
    const [fromCluster, fromEmbedded] = [await walkAll(cluster, query), await walkAll(embedded, query)];
    expect(fromCluster.length).toBeGreaterThan(0);
    expectSame('All pages', query, fromCluster, fromEmbedded);
    const facets = ['eventName', 'targetType', 'bulkId', 'sensitive'].filter((key) =>
      LOG_FIELDS.activity.facets.includes(key),
    ) as FacetField[];
    expectSame('Facets', query, await cluster.facets(query, facets), await embedded.facets(query, facets));
    expectSame('Histograms', query, await cluster.histogram(query), await embedded.histogram(query));
  });

  /**
   * A quote left open runs to the end of the text, as whole words: each text reads as the one beside it,
   * on both engines. A quote with no word after it is ignored, so the word before it stays the start of words.
   * Typographic quotes (pasted from a document) read as straight ones.
   */
  it.each([
    ['operational', '"sending transaction', '"sending transaction"'],
    ['operational', 'huntli -"status changed to', 'huntli -"status changed to"'],
    ['operational', 'balance synchron "', 'balance synchron'],
    ['activity', 'client "logged in', 'client "logged in"'],
    ['activity', '"client logg', '"client logg"'],
    ['activity', 'client “logged in”', 'client "logged in"'],
    ['operational', '-„status changed to“ huntli', '-"status changed to" huntli'],
  ] as const)('reads the %s text %j as %j, alike', async (family, open, closed) => {
    const [openRows, closedRows] = [
      LogQuery.parse({ family, pageSize: 100, text: open }),
      LogQuery.parse({ family, pageSize: 100, text: closed }),
    ];
    const fromCluster = await walkAll(cluster, openRows);
    expectSame('All pages', openRows, fromCluster, await walkAll(embedded, openRows));
    expectSame('All pages, quote closed', closedRows, fromCluster, await walkAll(cluster, closedRows));
    // A phrase's last word is a whole word: "logg" is no word of the data, so the open phrase finds nothing.
    if (open.endsWith('logg')) expect(fromCluster).toEqual([]);
    else expect(fromCluster.length).toBeGreaterThan(0);
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

  it('covered what it claims: text, filters, exclusions, both families, paging, jumps, large totals', () => {
    expect(cases.filter((item) => item.query.text).length).toBeGreaterThan(60);
    expect(cases.filter((item) => Object.keys(item.query.filters).length > 0).length).toBeGreaterThan(100);
    expect(cases.filter((item) => Object.keys(item.query.exclude ?? {}).length > 0).length).toBeGreaterThan(40);
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
          fields.filters.keys(),
          drawn((item) => Object.keys(item.query.exclude ?? {})),
        ),
        `${family} exclusions`,
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
          countable(family),
          drawn((item) => [item.distinct]),
        ),
        `${family} distinct counts`,
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
    expect(seen.large).toBeGreaterThan(5);
    expect(seen.empty).toBeLessThan(QUERY_COUNT / 2);
    expect(seen.jumped).toBeGreaterThan(20);
    expect(seen.jumpedPastEnd).toBeGreaterThan(2);
    expect(seen.suggested).toBeGreaterThan(15);
    expect(seen.distinct).toBeGreaterThan(QUERY_COUNT / 4);
    // Texts the search rules refuse (a short number alone) are compared as refusals; most texts still match.
    expect(seen.textMatched).toBeGreaterThan(30);
    expect(seen.refused).toBeLessThan(QUERY_COUNT / 6);
  });
});
