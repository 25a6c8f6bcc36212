import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { compileToElasticsearch } from '../../../../../src/main/sources/elasticsearch/compileToElasticsearch';
import type { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { fetchLogPage, type PageRequest } from '../../../../../src/main/sources/elasticsearch/fetchLogPage';
import type { LogCursor } from '../../../../../src/main/sources/elasticsearch/logCursor';
import { PointInTimeRegistry } from '../../../../../src/main/sources/elasticsearch/PointInTimeRegistry';
import { LogQuery } from '../../../../../src/shared/query/logQuery';

const mapping = { operational: {}, activity: {} };

function hit(index: number): estypes.SearchHit<unknown> {
  const created = new Date(Date.UTC(2025, 5, 15, 12, 0, 0) - index * 60_000).toISOString();
  return {
    _index: 'crm-operational-logs-2025.06',
    _id: `l${index}`,
    sort: [Date.parse(created), `l${index}`],
    _source: {
      id: `l${index}`,
      created,
      action: 'update',
      description: `Change ${index}`,
      businessModel: 'Clients',
      origin: 'internal',
      status: 'info',
      source: 'UI',
      appInstance: 'crm-1',
      requestPath: '/graphql',
    },
  };
}

/** Answers searches from 25 documents and records every call in the order it was made. */
function recordingAdapter() {
  const calls: string[] = [];
  const documents = Array.from({ length: 25 }, (_, index) => hit(index));
  const adapter = {
    search(request: estypes.SearchRequest) {
      calls.push(request.pit ? `search on ${request.pit.id}` : 'search');
      const after = request.search_after?.[1];
      const from = after === undefined ? 0 : documents.findIndex((doc) => doc._id === after) + 1;
      const hits = documents.slice(from, from + (request.size ?? 10));
      return Promise.resolve({
        took: 1,
        timed_out: false,
        _shards: { total: 1, successful: 1, failed: 0 },
        hits: { total: { value: 25, relation: 'eq' }, hits },
      });
    },
    openPointInTime() {
      calls.push('open point in time');
      return Promise.resolve('pit-1');
    },
    closePointInTime(id: string) {
      calls.push(`close ${id}`);
      return Promise.resolve();
    },
  };
  return { calls, adapter: adapter as unknown as ElasticsearchAdapter };
}

function pageRequest(previous: LogCursor | null, issued: LogCursor[]): PageRequest {
  const query = LogQuery.parse({ family: 'operational', pageSize: 10 });
  return {
    query,
    compiled: compileToElasticsearch(query, { mapping, scopeClientIds: null, nowMs: Date.now(), keywordFields: {} }),
    indexPattern: 'crm-operational-logs-*',
    keepAliveMs: 60_000,
    mapping,
    missingFields: [],
    nowMs: Date.now(),
    previous,
    issueCursor: (position) => {
      issued.push(position);
      return `cursor-${issued.length}`;
    },
  };
}

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => `l${from + index}`);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('fetchLogPage', () => {
  it('answers the first page from one plain search and asks for the point in time only after it', async () => {
    const { calls, adapter } = recordingAdapter();
    const state = { adapter, pits: new PointInTimeRegistry(60_000, Date.now) };
    const issued: LogCursor[] = [];

    const first = await fetchLogPage(state, pageRequest(null, issued));
    expect(first.rows.map((row) => row.id)).toEqual(ids(0, 10));
    expect(first.nextCursor).toBe('cursor-1');
    // The answer is out before the point in time is even asked for: it is not the first page's cost.
    expect(calls).toEqual(['search']);

    await nextTurn();
    expect(calls).toEqual(['search', 'open point in time']);

    const [position] = issued;
    if (!position) throw new Error('no cursor was issued');
    const second = await fetchLogPage(state, pageRequest(position, issued));
    expect(second.rows.map((row) => row.id)).toEqual(ids(10, 20));
    expect(calls).toEqual(['search', 'open point in time', 'search on pit-1']);
  });

  it('asks for no point in time when the first page is the only one', async () => {
    const { calls, adapter } = recordingAdapter();
    const state = { adapter, pits: new PointInTimeRegistry(60_000, Date.now) };
    const request = pageRequest(null, []);
    const only = await fetchLogPage(state, { ...request, compiled: { ...request.compiled, size: 30 } });
    expect(only.rows).toHaveLength(25);
    expect(only.nextCursor).toBeNull();
    await nextTurn();
    expect(calls).toEqual(['search']);
  });
});
