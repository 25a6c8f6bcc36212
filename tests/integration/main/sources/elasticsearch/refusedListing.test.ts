import type { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { ElasticsearchLogSource } from '../../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { LogQuery } from '../../../../../src/shared/query/logQuery';
import '../../../support/providedContext';

const connection = inject('elasticsearch');
const fixture = inject('seededFixture');
const users = inject('consoleUsers');

/** A source reading the fixture as `username`, counting the searches and listings its adapter sends. */
function sourceAs(username: string | null) {
  const user = users.find((candidate) => candidate.username === username);
  const credentials = user ? { username: user.username, password: user.password } : connection;
  const client: Client = createElasticsearchClient({ ...connection, ...credentials, requestTimeoutMs: 60_000 });
  const adapter = new ElasticsearchAdapter(client, {
    url: connection.url,
    username: credentials.username ?? null,
    usesApiKey: false,
    requestTimeoutMs: 60_000,
  });
  const counts = { searches: 0, listings: 0 };
  const search = adapter.search.bind(adapter);
  adapter.search = (...args) => {
    counts.searches += 1;
    return search(...args);
  };
  const rewrite = adapter.rewriteQuery.bind(adapter);
  adapter.rewriteQuery = (...args) => {
    counts.listings += 1;
    return rewrite(...args);
  };
  const source = new ElasticsearchLogSource({ adapter, indexPatterns: fixture.patterns });
  /** The ids of a text's first page, and what it cost. */
  const firstPage = async (text: string) => {
    counts.searches = 0;
    counts.listings = 0;
    const query = LogQuery.parse({ family: 'operational', text, pageSize: 100 });
    const page = await source.search(query, { operatorId: 'ops-1' });
    if (page.nextCursor) await source.releaseCursor('operational', page.nextCursor, { operatorId: 'ops-1' });
    return { ids: page.rows.map((row) => row.id).sort(), total: page.total, ...counts };
  };
  return { source, client, firstPage };
}

let reader: ReturnType<typeof sourceAs>;
let elastic: ReturnType<typeof sourceAs>;

beforeAll(() => {
  reader = sourceAs('ac-unmapped');
  elastic = sourceAs(null);
});

afterAll(async () => {
  await reader.source.close();
  await elastic.source.close();
});

describe('credentials that may read the logs but not list the words a prefix reaches', () => {
  // An ES_URL cluster has no console users.
  const noReader = !users.some((user) => user.username === 'ac-unmapped');

  it.skipIf(noReader)(
    'find what listed words find, guessing once and then sending the exact pattern alone',
    async () => {
      const listed = await elastic.firstPage('client look');
      expect(listed.ids.length).toBeGreaterThan(0);
      const first = await reader.firstPage('client look');
      expect(first).toMatchObject({ ids: listed.ids, total: listed.total, listings: 1, searches: 2 });
      const second = await reader.firstPage('wallet bala');
      expect(second).toMatchObject({ ids: (await elastic.firstPage('wallet bala')).ids, listings: 1, searches: 1 });
    },
  );
});
