import type { Client, estypes } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONAL_ACTIONS } from '../../../../../src/shared/domain/operationalLog';
import { LogQuery, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import type { LogPage, SearchOptions } from '../../../../../src/shared/query/logSource';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ElasticsearchLogSource } from '../../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { textWords } from '../../../../../src/shared/query/textWords';
import { isPrefixTarget, searchTerms } from '../../../../../src/main/sources/searchTerms';
import { ensureElasticsearch } from '../../../../../scripts/elasticsearch/connection';
import { openDevClusterSource } from '../../../../../scripts/dev/devConnection';
import type { ElasticsearchConnection } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { IndexPatterns } from '../../../../../src/main/sources/elasticsearch/indexTemplates';
import { ensureSeededDataset } from '../../../../../scripts/seed/ensureSeededDataset';

interface EsFixture {
  connection: ElasticsearchConnection;
  patterns: IndexPatterns;
  /** End of the seeded window (exclusive), UTC. */
  endMs: number;
}

/** This file's own dataset (> 12,000 operational documents) in its own indices. */
async function openFixture(): Promise<EsFixture> {
  const local = await ensureElasticsearch({ log: () => undefined });
  const connection = { url: local.url, username: local.username ?? 'elastic', password: local.password ?? '' };
  const patterns = { operational: 'it-es-operational-logs-*', activity: 'it-es-client-activity-*' };
  const seedClient = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    const seeded = await ensureSeededDataset(seedClient, {
      patterns,
      dataset: { clients: 150, days: 40, seed: 'it-elasticsearch-source', endDate: '2025-06-30' },
    });
    return { connection, patterns, endMs: seeded.summary.options.endMs };
  } finally {
    await seedClient.close();
  }
}

let fixture: EsFixture;
let client: Client;
let source: ElasticsearchLogSource;

beforeAll(async () => {
  fixture = await openFixture();
  client = createElasticsearchClient(fixture.connection);
  // The console's own assembly: a saved connection, its secret in the secret store, openClusterSource.
  source = (await openDevClusterSource(fixture.connection, { indexPatterns: fixture.patterns })).source;
});

afterAll(async () => {
  await source?.close();
  await client?.close();
});

const operational = (input: Partial<LogQueryInput & { family: 'operational' }> = {}) =>
  LogQuery.parse({ family: 'operational', pageSize: 100, ...input });

/** Every page of a query through the source, in order. */
async function walk(query: LogQuery, options: SearchOptions = {}): Promise<LogPage[]> {
  const pages = [await source.search(query, options)];
  for (let last = pages[0]; last?.nextCursor; last = pages.at(-1)) {
    pages.push(await source.search({ ...query, cursor: last.nextCursor }, options));
  }
  return pages;
}

const idsOf = (pages: LogPage[]) => pages.flatMap((page) => page.rows.map((row) => row.id));
const operationalRows = (pages: LogPage[]) => pages.flatMap((page) => (page.family === 'operational' ? page.rows : []));

/** Documents of a family as the raw client scrolls them, no sort: independent of the source's paging. */
async function scrollAll(index: string, query: estypes.QueryDslQueryContainer = { match_all: {} }) {
  const docs: { id: string; source: Record<string, unknown> }[] = [];
  let response = await client.search<Record<string, unknown>>({
    index,
    scroll: '1m',
    size: 2_000,
    query,
    sort: ['_doc'],
  });
  while (response.hits.hits.length > 0) {
    for (const hit of response.hits.hits) docs.push({ id: String(hit._source?.id), source: hit._source ?? {} });
    response = await client.scroll<Record<string, unknown>>({ scroll_id: response._scroll_id ?? '', scroll: '1m' });
  }
  await client.clearScroll({ scroll_id: response._scroll_id ?? '' });
  return docs;
}

const rawCount = async (index: string, query: estypes.QueryDslQueryContainer) =>
  (await client.count({ index, query })).count;
const expectedTotal = (count: number) => ({ value: count, relation: 'eq' });

describe('ElasticsearchLogSource against the seeded cluster', () => {
  it('pages past 10,000 rows, newest first, with no duplicate and no gap, counting every match', async () => {
    const pages = await walk(operational());
    const ids = idsOf(pages);
    const all = await scrollAll(fixture.patterns.operational);
    expect(all.length).toBeGreaterThan(10_000);
    expect(pages[0]?.total).toEqual({ value: all.length, relation: 'eq' });
    expect(ids.length).toBe(all.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(all.map((doc) => doc.id)));
    const rows = operationalRows(pages);
    for (let index = 1; index < rows.length; index += 1) {
      const [before, after] = [rows[index - 1], rows[index]];
      if (!before || !after) continue;
      const ordered = before.created > after.created || (before.created === after.created && before.id > after.id);
      expect(ordered, `row ${index}: ${before.id} then ${after.id}`).toBe(true);
    }
    expect(pages.at(-1)?.nextCursor).toBeNull();
    expect(pages.every((page) => page.partial === null && page.missingFields.length === 0)).toBe(true);
  });

  describe('counts equal independent _count queries', () => {
    const cases: [string, Partial<LogQueryInput & { family: 'operational' }>, estypes.QueryDslQueryContainer[]][] = [
      [
        'two actions, info only',
        { filters: { action: ['create', 'update'], status: ['info'] } },
        [{ terms: { action: ['create', 'update'] } }, { term: { status: 'info' } }],
      ],
      [
        'business model and sub model',
        { filters: { businessModel: ['Clients'], subModel: ['Wallets', 'Accounts'] } },
        [{ term: { businessModel: 'Clients' } }, { terms: { subModel: ['Wallets', 'Accounts'] } }],
      ],
      [
        'errors from outside',
        { filters: { origin: ['external'], status: ['error'] } },
        [{ term: { origin: 'external' } }, { term: { status: 'error' } }],
      ],
    ];
    it.each(cases)('%s', async (_, input, clauses) => {
      const count = await rawCount(fixture.patterns.operational, { bool: { filter: clauses } });
      expect(count).toBeGreaterThan(0);
      const pages = await walk(operational(input));
      expect(pages[0]?.total).toEqual(expectedTotal(count));
      expect(idsOf(pages).length).toBe(count);
    });

    it('an absolute time range (the last week of data), inclusive at both ends', async () => {
      const to = fixture.endMs - 1;
      const from = fixture.endMs - 7 * 86_400_000;
      const range = { range: { created: { gte: from, lte: to, format: 'epoch_millis' } } };
      const count = await rawCount(fixture.patterns.operational, range);
      const query = operational({
        timeRange: { kind: 'absolute', from: new Date(from).toISOString(), to: new Date(to).toISOString() },
      });
      const pages = await walk(query);
      expect(pages[0]?.total).toEqual(expectedTotal(count));
      expect(idsOf(pages).length).toBe(count);
    });

    it('a scope restricts to the operator’s clients, combined with filters', async () => {
      const clients = await source.suggest('client', '');
      const scope = clients.slice(0, 3).map((client) => client.id);
      const count = await rawCount(fixture.patterns.operational, {
        bool: { filter: [{ terms: { 'client.id': scope } }, { term: { action: 'update' } }] },
      });
      const pages = await walk(operational({ filters: { action: ['update'] } }), { scopeClientIds: scope });
      expect(pages[0]?.total).toEqual(expectedTotal(count));
      expect(operationalRows(pages).every((row) => row.client && scope.includes(row.client.id))).toBe(true);
    });
  });

  it('free text finds exactly the documents whose words match (whole words, the last a prefix)', async () => {
    const all = await scrollAll(fixture.patterns.operational);
    const wordsOf = (doc: Record<string, unknown>) =>
      new Set(textWords(`${String(doc.description ?? '')} ${String(doc.error ?? '')}`));
    for (const text of ['huntli', 'Transaction status', 'settings', 'E11000 duplicate', 'texts', 'statu']) {
      const expected = all
        .filter((doc) => {
          const words = [...wordsOf(doc.source)];
          return searchTerms(text).every(({ words: [term] }) =>
            term?.prefix
              ? words.some((word) => word.startsWith(term.text) && isPrefixTarget(word))
              : words.includes(term?.text ?? ''),
          );
        })
        .map((doc) => doc.id);
      expect(expected.length, text).toBeGreaterThan(0);
      const ids = idsOf(await walk(operational({ text })));
      expect(new Set(ids), text).toEqual(new Set(expected));
    }
    await expect(source.search(operational({ text: '502' }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'text',
    });
  });

  it("matches free text on the templates' word sub-fields, and says so for the connection report", async () => {
    expect(await source.textSearch()).toEqual({ operational: 'word sub-field', activity: 'word sub-field' });
  });

  it('sorts by a name through its keyword sub-field, missing names last, id breaking ties', async () => {
    const rows = operationalRows(await walk(operational({ sort: { field: 'client.name', direction: 'asc' } })));
    const key = (row: (typeof rows)[number]) => row.client?.name ?? null;
    for (let index = 1; index < rows.length; index += 1) {
      const [before, after] = [rows[index - 1], rows[index]];
      if (!before || !after) continue;
      const [a, b] = [key(before), key(after)];
      if (a === null) expect(b).toBeNull();
      if (a !== null && b !== null) {
        const order = Buffer.compare(Buffer.from(a), Buffer.from(b));
        expect(order < 0 || (order === 0 && before.id < after.id), `${a}/${before.id} then ${b}/${after.id}`).toBe(
          true,
        );
      }
    }
  });

  it('facets count each value with the facet’s own filter removed, equal to _count', async () => {
    const query = operational({ filters: { action: ['create'], status: ['info'] } });
    const [action, status] = await source.facets(query, ['action', 'status']);
    expect(action?.buckets.length).toBeGreaterThan(2);
    for (const bucket of action?.buckets ?? []) {
      const clauses = [{ term: { status: 'info' } }, { term: { action: bucket.value } }];
      expect(bucket.count, bucket.value).toBe(
        await rawCount(fixture.patterns.operational, { bool: { filter: clauses } }),
      );
    }
    for (const bucket of status?.buckets ?? []) {
      const clauses = [{ term: { action: 'create' } }, { term: { status: bucket.value } }];
      expect(bucket.count, bucket.value).toBe(
        await rawCount(fixture.patterns.operational, { bool: { filter: clauses } }),
      );
    }
    expect(action?.otherCount).toBe(0);
  });

  it('each facet option counts the rows a search finds once it is ticked, an exclusion of its own field kept', async () => {
    const exclude = { action: ['get' as const] };
    const [action] = await source.facets(operational({ filters: { status: ['info'] }, exclude }), ['action']);
    expect(action?.buckets.length).toBeGreaterThan(2);
    for (const value of OPERATIONAL_ACTIONS) {
      const ticked = await source.search(operational({ filters: { status: ['info'], action: [value] }, exclude }));
      const counted = action?.buckets.find((bucket) => bucket.value === value)?.count ?? 0;
      expect(counted, value).toBe(ticked.total.value);
    }
    expect(action?.buckets.map((bucket) => bucket.value)).not.toContain('get');
  });

  it('the histogram covers the range in epoch-aligned intervals whose counts sum to the total', async () => {
    const from = fixture.endMs - 10 * 86_400_000;
    const query = operational({
      filters: { status: ['info'] },
      timeRange: {
        kind: 'absolute',
        from: new Date(from).toISOString(),
        to: new Date(fixture.endMs - 1).toISOString(),
      },
    });
    const histogram = await source.histogram(query);
    const count = await rawCount(fixture.patterns.operational, {
      bool: {
        filter: [
          { term: { status: 'info' } },
          { range: { created: { gte: from, lt: fixture.endMs, format: 'epoch_millis' } } },
        ],
      },
    });
    expect(histogram.intervalMs).toBe(3 * 3_600_000);
    expect(histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(count);
    const starts = histogram.buckets.map((bucket) => Date.parse(bucket.start));
    expect(starts.every((start) => start % histogram.intervalMs === 0)).toBe(true);
    expect(
      starts.every((start, index) => index === 0 || start - (starts[index - 1] ?? 0) === histogram.intervalMs),
    ).toBe(true);
    expect(starts[0]).toBe(from);
    expect(histogram.buckets.length).toBe(80);
  });

  it('the histogram of an open range spans the first to the last match', async () => {
    const histogram = await source.histogram(operational({ filters: { status: ['error'] } }));
    const count = await rawCount(fixture.patterns.operational, { term: { status: 'error' } });
    expect(histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(count);
    expect(histogram.buckets[0]?.count).toBeGreaterThan(0);
    expect(histogram.buckets.at(-1)?.count).toBeGreaterThan(0);
  });

  it('suggests parties by name or id prefix, ignoring case, with their log counts', async () => {
    const [first] = await source.suggest('employee', '');
    expect(first).toBeDefined();
    const prefix = (first?.name ?? '').slice(0, 2).toLowerCase();
    const suggestions = await source.suggest('employee', prefix);
    expect(suggestions.map((s) => s.id)).toContain(first?.id);
    for (const suggestion of suggestions) {
      expect(suggestion.name.toLowerCase().startsWith(prefix) || suggestion.id.toLowerCase().startsWith(prefix)).toBe(
        true,
      );
      expect(suggestion.count).toBe(
        await rawCount(fixture.patterns.operational, { term: { 'employee.id': suggestion.id } }),
      );
    }
    const byId = await source.suggest('employee', (first?.id ?? '').slice(0, 12).toUpperCase());
    expect(byId.map((s) => s.id)).toContain(first?.id);
  });

  it('reads the activity family: categories through the catalog, rows in the domain shape', async () => {
    const query = LogQuery.parse({ family: 'activity', filters: { category: ['manager'] }, pageSize: 100 });
    const pages = await walk(query);
    const count = await rawCount(fixture.patterns.activity, { prefix: { eventName: 'manager.' } });
    expect(idsOf(pages).length).toBe(count);
    const rows = pages.flatMap((page) => (page.family === 'activity' ? page.rows : []));
    expect(rows.every((row) => row.actorType === 'manager' && row.eventName.startsWith('manager.'))).toBe(true);
    expect(rows.some((row) => row.change !== null)).toBe(true);
  });
});
