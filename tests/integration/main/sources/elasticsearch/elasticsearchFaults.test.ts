import { createServer, type Server } from 'node:net';
import type { Client } from '@elastic/elasticsearch';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureElasticsearch } from '../../../../../scripts/elasticsearch/connection';
import {
  openDevClusterSource,
  type ClusterAccess,
  type ConnectionFields,
} from '../../../../../scripts/dev/devConnection';
import type { ClusterSource } from '../../../../../src/main/sources/openClusterSource';
import type { ElasticsearchLogSource } from '../../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { LogQuery, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import { compileToElasticsearch } from '../../../../../src/main/sources/elasticsearch/compileToElasticsearch';
import {
  createElasticsearchClient,
  type ElasticsearchConnection,
} from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { fetchLogPage, type PageRequest } from '../../../../../src/main/sources/elasticsearch/fetchLogPage';
import { indexTemplate, type IndexPatterns } from '../../../../../src/main/sources/elasticsearch/indexTemplates';
import type { LogCursor } from '../../../../../src/main/sources/elasticsearch/logCursor';
import { PointInTimeRegistry } from '../../../../../src/main/sources/elasticsearch/PointInTimeRegistry';
import { ensureSeededDataset } from '../../../../../scripts/seed/ensureSeededDataset';
import { SwitchableProxy } from '../../../support/switchableProxy';

let connection: ElasticsearchConnection;
let client: Client;
const patterns: IndexPatterns = { operational: 'it-es-faults-operational-*', activity: 'it-es-faults-activity-*' };
const partialPattern = 'it-es-partial-*';

beforeAll(async () => {
  const local = await ensureElasticsearch({ log: () => undefined });
  connection = { url: local.url, username: local.username ?? 'elastic', password: local.password ?? '' };
  client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  await ensureSeededDataset(client, {
    patterns,
    dataset: { clients: 20, days: 10, seed: 'it-elasticsearch-faults', endDate: '2025-06-30' },
  });
  await client.indices.delete({ index: 'it-es-partial-good,it-es-partial-broken' }, { ignore: [404] });
  const good = indexTemplate('operational', partialPattern).template;
  await client.indices.create({
    index: 'it-es-partial-good',
    settings: { number_of_replicas: 0 },
    ...(good?.mappings ? { mappings: good.mappings } : {}),
  });
  // Same pattern, one index whose `action` is a number: a terms filter on it fails on that shard only.
  await client.indices.create({
    index: 'it-es-partial-broken',
    settings: { number_of_replicas: 0 },
    mappings: { properties: { action: { type: 'long' }, created: { type: 'date' }, id: { type: 'keyword' } } },
  });
  const docs = await client.search<Record<string, unknown>>({ index: patterns.operational, size: 20 });
  await client.bulk({
    refresh: true,
    operations: docs.hits.hits.flatMap((hit) => [
      { index: { _index: 'it-es-partial-good', _id: hit._id } },
      hit._source ?? {},
    ]),
  });
  await client.index({
    index: 'it-es-partial-broken',
    document: { action: 1, created: '2025-06-01T00:00:00Z', id: 'broken-1' },
    refresh: true,
  });
});

afterAll(async () => {
  await client?.indices.delete({ index: 'it-es-partial-good,it-es-partial-broken' }, { ignore: [404] });
  await client?.close();
});

const query = (input: Partial<LogQueryInput & { family: 'operational' }> = {}) =>
  LogQuery.parse({ family: 'operational', pageSize: 10, ...input });

/** A source as the console opens a saved connection: `fields` change the connection, `access` the cluster reached. */
async function withSource<T>(
  fields: ConnectionFields,
  run: (source: ElasticsearchLogSource) => Promise<T>,
  access: ClusterAccess = connection,
): Promise<T> {
  const cluster = await openDevClusterSource(access, { indexPatterns: patterns, ...fields });
  try {
    return await run(cluster.source);
  } finally {
    await cluster.close();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('cluster faults as ConsoleErrors', () => {
  it('info names the version (asking the node where the root endpoint is absent) and checks credentials', async () => {
    const describeAs = (password: string) =>
      new ElasticsearchAdapter(createElasticsearchClient({ ...connection, password }), {
        url: connection.url,
        username: connection.username ?? null,
        usesApiKey: false,
        requestTimeoutMs: 30_000,
      });
    const good = describeAs(connection.password ?? '');
    const bad = describeAs('not-the-password');
    try {
      expect((await good.info()).version).toMatch(/^\d+\.\d+\.\d+/);
      await expect(bad.info()).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    } finally {
      await Promise.all([good.close(), bad.close()]);
    }
  });

  it('an unreachable cluster is UNAVAILABLE, naming the address', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    await withSource(
      { requestTimeoutMs: 5_000 },
      async (source) => {
        await expect(source.search(query())).rejects.toMatchObject({
          code: 'UNAVAILABLE',
          message: `Cannot reach ${url} — connection refused: nothing listens at that address and port; check the URL and port, and that the cluster is running`,
        });
      },
      { url },
    );
  });

  it('a wrong password is AUTH_FAILED, naming the user', async () => {
    await withSource(
      {},
      async (source) => {
        await expect(source.search(query())).rejects.toMatchObject({
          code: 'AUTH_FAILED',
          message: `The cluster rejected the credentials for user ${connection.username}. Check them in Settings, under Cluster connections.`,
        });
      },
      { ...connection, password: 'not-the-password' },
    );
  });

  it('a cluster that never answers is a TIMEOUT after the connection’s limit', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      // The shortest limit a connection may set.
      await withSource(
        { requestTimeoutMs: 1_000 },
        async (source) => {
          await expect(source.search(query())).rejects.toMatchObject({
            code: 'TIMEOUT',
            message: 'The cluster did not answer within 1 s; retry or narrow the time range',
          });
        },
        { url },
      );
    } finally {
      silent.close();
    }
  });

  describe('closing while the cluster has stopped answering', () => {
    let relay: SwitchableProxy;
    let cluster: ClusterSource;

    beforeEach(async () => {
      relay = new SwitchableProxy(Number(new URL(connection.url).port));
      const url = await relay.listen();
      // A request limit far beyond these tests' own: closing must not wait for it.
      cluster = await openDevClusterSource(
        { ...connection, url },
        { indexPatterns: patterns, requestTimeoutMs: 120_000 },
      );
    });

    afterEach(async () => {
      await cluster.close();
      await relay.close();
    });

    it('gives up on releasing the points-in-time held after a grace of seconds', async () => {
      const first = await cluster.source.search(query());
      // The second page reads the point-in-time: it is open on the cluster and held by the source.
      const second = await cluster.source.search(query({ cursor: first.nextCursor ?? '' }));
      expect(second.nextCursor).not.toBeNull();
      relay.set('silent');
      await cluster.close();
      expect(relay.held.map((held) => held.line)).toEqual([expect.stringMatching(/^DELETE \/_pit /)]);
      await expect.poll(() => relay.held.every((held) => held.closed)).toBe(true);
    }, 20_000);

    it('ends a request under way CANCELLED instead of waiting for its limit', async () => {
      relay.set('silent');
      const outcome = cluster.source.search(query()).then(
        () => 'answered',
        (error: unknown) => error,
      );
      await expect.poll(() => relay.held.length).toBeGreaterThan(0);
      await cluster.close();
      expect(await outcome).toMatchObject({ code: 'CANCELLED' });
    }, 20_000);
  });

  it('a cancelled search is CANCELLED', async () => {
    await withSource({}, async (source) => {
      const controller = new AbortController();
      const pending = source.search(query({ text: 'huntli' }), { signal: controller.signal });
      controller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    });
  });

  it('a query the cluster rejects is QUERY_REJECTED with its reason in words', async () => {
    // A mapping that sorts on an analyzed text field without a keyword sub-field.
    await withSource({ fieldMapping: { operational: { action: 'error' }, activity: {} } }, async (source) => {
      await expect(source.search(query({ sort: { field: 'action', direction: 'asc' } }))).rejects.toMatchObject({
        code: 'QUERY_REJECTED',
        message: expect.stringMatching(/^The cluster rejected the query: Fielddata is disabled on \[error\]/),
      });
    });
  });

  it('a field the indices lack is named in missingFields, and the rows still come', async () => {
    await withSource(
      { fieldMapping: { operational: { requestPath: 'no_such_path_field' }, activity: {} } },
      async (source) => {
        const page = await source.search(query());
        expect(page.missingFields).toEqual(['requestPath']);
        expect(page.rows.length).toBe(10);
        expect(page.family === 'operational' && page.rows.every((row) => row.requestPath === '')).toBe(true);
      },
    );
  });

  it('a missing time field is MAPPING_MISMATCH naming it', async () => {
    await withSource({ fieldMapping: { operational: { created: '@timestamp' }, activity: {} } }, async (source) => {
      await expect(source.search(query())).rejects.toMatchObject({
        code: 'MAPPING_MISMATCH',
        message: expect.stringContaining("field '@timestamp' (our created)"),
      });
    });
  });

  it('an index pattern matching nothing is NOT_FOUND naming it', async () => {
    await withSource(
      { indexPatterns: { operational: 'it-es-nothing-here-*', activity: patterns.activity } },
      async (source) => {
        await expect(source.search(query())).rejects.toMatchObject({
          code: 'NOT_FOUND',
          message: expect.stringContaining("'it-es-nothing-here-*'"),
        });
      },
    );
  });

  it('partial shard failures are reported on the page, and aggregations refuse to look complete', async () => {
    await withSource(
      { indexPatterns: { operational: partialPattern, activity: patterns.activity } },
      async (source) => {
        const partialQuery = query({ filters: { action: ['create', 'update', 'delete', 'get', 'webhook'] } });
        const page = await source.search(partialQuery);
        expect(page.partial?.failedShards).toBe(1);
        expect(page.partial?.reasons.join(' ')).toMatch(/it-es-partial-broken/);
        await expect(source.facets(partialQuery, ['status'])).rejects.toMatchObject({
          code: 'UNAVAILABLE',
          message: expect.stringMatching(/1 of 2 shards failed/),
        });
      },
    );
  });
});

describe('paging faults', () => {
  it('a cursor replayed with another query is BAD_REQUEST', async () => {
    await withSource({}, async (source) => {
      const first = await source.search(query({ filters: { status: ['info'] } }));
      const replay = source.search(query({ filters: { status: ['error'] }, cursor: first.nextCursor ?? '' }));
      await expect(replay).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'cursor' });
    });
  });

  it('a released result set reopens transparently and continues with no repeat and no gap', async () => {
    await withSource({}, async (source) => {
      const walked: string[] = [];
      let page = await source.search(query());
      walked.push(...page.rows.map((row) => row.id));
      for (let step = 0; page.nextCursor && step < 30; step += 1) {
        if (step % 5 === 0) await source.releaseCursor('operational', page.nextCursor);
        page = await source.search(query({ cursor: page.nextCursor }));
        walked.push(...page.rows.map((row) => row.id));
      }
      const reference = await client.search<{ id: string }>({
        index: patterns.operational,
        size: walked.length,
        sort: [{ created: 'desc' }, { id: 'desc' }],
        _source: ['id'],
      });
      expect(walked).toEqual(reference.hits.hits.map((hit) => hit._source?.id));
    });
  });

  it('a point-in-time that expired on the cluster is reopened and paging goes on', async () => {
    const adapter = new ElasticsearchAdapter(createElasticsearchClient(connection), {
      url: connection.url,
      username: connection.username ?? null,
      usesApiKey: false,
      requestTimeoutMs: 30_000,
    });
    const pits = new PointInTimeRegistry(60_000, Date.now);
    const first = query();
    let issued: LogCursor | null = null;
    const request: PageRequest = {
      query: first,
      compiled: compileToElasticsearch(first, {
        mapping: { operational: {}, activity: {} },
        scopeClientIds: null,
        nowMs: Date.now(),
      }),
      indexPattern: patterns.operational,
      keepAliveMs: 60_000,
      mapping: { operational: {}, activity: {} },
      missingFields: [],
      nowMs: Date.now(),
      previous: null,
      issueCursor: (position) => {
        issued = position;
        return 'sealed by the source';
      },
    };
    try {
      const page1 = await fetchLogPage({ adapter, pits }, request);
      const position = issued as LogCursor | null;
      if (!position) throw new Error('the first page issued no cursor');
      // The cluster drops it behind the source's back, as a keep-alive running out would.
      await client.closePointInTime({ id: (await pits.get(position.handle)) ?? '' });
      const page2 = await fetchLogPage({ adapter, pits }, { ...request, previous: position });
      const reference = await client.search<{ id: string }>({
        index: patterns.operational,
        size: 20,
        sort: [{ created: 'desc' }, { id: 'desc' }],
        _source: ['id'],
      });
      expect([...page1.rows, ...page2.rows].map((row) => row.id)).toEqual(
        reference.hits.hits.map((hit) => hit._source?.id),
      );
      expect(page2.total).toEqual(page1.total);
    } finally {
      await adapter.close();
    }
  });
});
