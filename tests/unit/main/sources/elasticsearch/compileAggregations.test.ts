import { SUGGEST_SLACK } from '../../../../../src/main/sources/searchTerms';
import { describe, expect, it } from 'vitest';
import { LogQuery, OperationalQuery } from '../../../../../src/shared/query/logQuery';
import type { CompileContext } from '../../../../../src/main/sources/elasticsearch/compileClauses';
import { compileFacets, readFacets } from '../../../../../src/main/sources/elasticsearch/compileFacets';
import {
  compileHistogram,
  compileMatchBounds,
  readHistogram,
  readMatchBounds,
} from '../../../../../src/main/sources/elasticsearch/compileHistogram';
import { compileSuggest, readSuggestions } from '../../../../../src/main/sources/elasticsearch/compileSuggest';
import { FACET_SIZE, SUGGEST_SIZE } from '../../../../../src/shared/query/logSource';

const ctx: CompileContext = {
  mapping: { operational: {}, activity: {} },
  scopeClientIds: ['c1'],
  nowMs: Date.parse('2025-06-15T12:00:00Z'),
  keywordFields: { 'client.name': 'client.name.keyword' },
};
const termsOf = (field: string) => ({
  terms: { field, size: FACET_SIZE, shard_size: FACET_SIZE * 10, order: [{ _count: 'desc' }, { _key: 'asc' }] },
});

describe('compileFacets: multi-select counts', () => {
  const query = LogQuery.parse({
    family: 'operational',
    filters: { action: ['create'], status: ['error'] },
    timeRange: { kind: 'absolute', from: '2025-01-01T00:00:00Z' },
  });

  it('keeps scope and time in the query and drops each facet’s own filter', () => {
    const request = compileFacets(query, ['action', 'status', 'businessModel'], ctx);
    expect(request.size).toBe(0);
    expect(request.query).toEqual({
      bool: {
        filter: [
          { terms: { 'client.id': ['c1'] } },
          { range: { created: { format: 'strict_date_optional_time', gte: '2025-01-01T00:00:00.000Z' } } },
        ],
      },
    });
    expect(request.aggs).toEqual({
      facet0: { filter: { bool: { filter: [{ terms: { status: ['error'] } }] } }, aggs: { values: termsOf('action') } },
      facet1: {
        filter: { bool: { filter: [{ terms: { action: ['create'] } }] } },
        aggs: { values: termsOf('status') },
      },
      facet2: {
        filter: { bool: { filter: [{ terms: { action: ['create'] } }, { terms: { status: ['error'] } }] } },
        aggs: { values: termsOf('businessModel') },
      },
    });
  });

  it('keeps every exclusion in each facet, its own too: an excluded option counts none', () => {
    const excluding = LogQuery.parse({
      family: 'operational',
      filters: { status: ['error'] },
      exclude: { action: ['get'], status: ['info'] },
    });
    const request = compileFacets(excluding, ['action', 'status'], ctx);
    const notGet = { bool: { must_not: [{ terms: { action: ['get'] } }] } };
    const notInfo = { bool: { must_not: [{ terms: { status: ['info'] } }] } };
    expect(request.aggs.facet0?.filter).toEqual({
      bool: { filter: [{ terms: { status: ['error'] } }, notGet, notInfo] },
    });
    expect(request.aggs.facet1?.filter).toEqual({ bool: { filter: [notGet, notInfo] } });
  });

  it('facets a party on its id field', () => {
    const request = compileFacets(query, ['clientId'], ctx);
    expect(request.aggs.facet0?.aggs?.values).toEqual(termsOf('client.id'));
  });

  it('refuses a field that is not a filter of the family', () => {
    expect(() => compileFacets(query, ['description'], ctx)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', field: 'fields' }),
    );
    expect(() => compileFacets(query, ['category'], ctx)).toThrow(/no facet 'category'/);
  });

  it('reads buckets and the count outside them', () => {
    const facets = readFacets(['action'], {
      facet0: {
        doc_count: 10,
        values: {
          sum_other_doc_count: 3,
          buckets: [
            { key: 'update', doc_count: 5 },
            { key: 'create', doc_count: 2 },
          ],
        },
      },
    });
    expect(facets).toEqual([
      {
        field: 'action',
        buckets: [
          { value: 'update', count: 5 },
          { value: 'create', count: 2 },
        ],
        otherCount: 3,
      },
    ]);
  });

  it('counts activity categories through the catalog, with an other bucket', () => {
    const activity = LogQuery.parse({ family: 'activity', filters: { category: ['tickets'] } });
    const request = compileFacets(activity, ['category'], ctx);
    const values = request.aggs.facet0?.aggs?.values as {
      filters: { filters: Record<string, unknown>; other_bucket_key: string };
    };
    expect(values.filters.filters.tickets).toEqual({
      terms: { eventName: ['client.ticket_created', 'client.ticket_messaged', 'client.ticket_closed'] },
    });
    expect(request.aggs.facet0?.filter).toEqual({ bool: { filter: [] } });
    const facets = readFacets(['category'], {
      facet0: {
        values: {
          buckets: {
            tickets: { doc_count: 4 },
            search: { doc_count: 0 },
            manager: { doc_count: 9 },
            transactions: { doc_count: 4 },
            __other: { doc_count: 1 },
          },
        },
      },
    });
    expect(facets[0]).toEqual({
      field: 'category',
      buckets: [
        { value: 'manager', count: 9 },
        { value: 'tickets', count: 4 },
        { value: 'transactions', count: 4 },
      ],
      otherCount: 1,
    });
  });
});

describe('histogram', () => {
  const query = LogQuery.parse({ family: 'operational', filters: { status: ['error'] } });

  it('asks for fixed, epoch-aligned intervals with the empty ones filled across the bounds', () => {
    const request = compileHistogram(query, { ...ctx, scopeClientIds: null }, { fromMs: 0, toMs: 3_600_000 }, 60_000);
    expect(request.query).toEqual({ bool: { filter: [{ terms: { status: ['error'] } }] } });
    expect(request.aggs).toEqual({
      histogram: {
        date_histogram: {
          field: 'created',
          fixed_interval: '60000ms',
          min_doc_count: 0,
          extended_bounds: { min: 0, max: 3_600_000 },
        },
      },
    });
  });

  it('reads buckets as UTC instants', () => {
    const histogram = readHistogram(
      {
        histogram: {
          buckets: [
            { key: 0, doc_count: 2 },
            { key: 60_000, doc_count: 0 },
          ],
        },
      },
      60_000,
    );
    expect(histogram).toEqual({
      intervalMs: 60_000,
      buckets: [
        { start: '1970-01-01T00:00:00.000Z', count: 2 },
        { start: '1970-01-01T00:01:00.000Z', count: 0 },
      ],
    });
  });

  it('finds the first and last match when the range is open', () => {
    expect(compileMatchBounds(query, ctx).aggs).toEqual({
      first: { min: { field: 'created' } },
      last: { max: { field: 'created' } },
    });
    expect(readMatchBounds({ first: { value: 5 }, last: { value: 9 } })).toEqual({ fromMs: 5, toMs: 9 });
    expect(readMatchBounds({ first: { value: null }, last: { value: null } })).toBeNull();
  });
});

describe('compileSuggest', () => {
  it('matches a name, id or name-word prefix ignoring case, within the scope, most frequent first', () => {
    const request = compileSuggest('client', ' Ann* ', ctx);
    expect(request.query).toEqual({
      bool: {
        filter: [
          { exists: { field: 'client.id' } },
          {
            bool: {
              should: [
                { prefix: { 'client.name.keyword': { value: 'Ann*', case_insensitive: true } } },
                { wildcard: { 'client.name.keyword': { value: '* Ann\\**', case_insensitive: true } } },
                { wildcard: { 'client.name.keyword': { value: '*-Ann\\**', case_insensitive: true } } },
                { prefix: { 'client.id': { value: 'Ann*', case_insensitive: true } } },
              ],
              minimum_should_match: 1,
            },
          },
          { terms: { 'client.id': ['c1'] } },
        ],
      },
    });
    expect(request.aggs.parties).toEqual({
      terms: {
        field: 'client.id',
        size: SUGGEST_SIZE + SUGGEST_SLACK,
        shard_size: (SUGGEST_SIZE + SUGGEST_SLACK) * 20,
        order: [{ _count: 'desc' }, { _key: 'asc' }],
      },
      aggs: { name: { terms: { field: 'client.name.keyword', size: 1, order: { _key: 'asc' } } } },
    });
  });

  it("counts within a query, every filter but the party's own and every exclusion, the party's own too", () => {
    const within = OperationalQuery.parse({
      family: 'operational',
      filters: { employeeId: ['e1'], action: ['delete'] },
      exclude: { employeeId: ['e2'], status: ['error'] },
      timeRange: { kind: 'absolute', from: '2026-10-01T00:00:00.000Z' },
    });
    const filter = (compileSuggest('employee', '', { ...ctx, scopeClientIds: null }, within).query?.bool?.filter ??
      []) as unknown[];
    expect(filter).toEqual([
      { exists: { field: 'employee.id' } },
      { range: { created: { format: 'strict_date_optional_time', gte: '2026-10-01T00:00:00.000Z' } } },
      { terms: { action: ['delete'] } },
      { bool: { must_not: [{ terms: { 'employee.id': ['e2'] } }] } },
      { bool: { must_not: [{ terms: { status: ['error'] } }] } },
    ]);
  });

  it('an empty prefix lists the most frequent parties', () => {
    const request = compileSuggest('employee', '', { ...ctx, scopeClientIds: null });
    expect(request.query).toEqual({ bool: { filter: [{ exists: { field: 'employee.id' } }] } });
  });

  it('reads id, name and count', () => {
    const suggestions = readSuggestions({
      parties: {
        buckets: [
          { key: 'e1', doc_count: 7, name: { buckets: [{ key: 'Ann Lee', doc_count: 7 }] } },
          { key: 'e2', doc_count: 1 },
        ],
      },
    });
    expect(suggestions).toEqual([
      { id: 'e1', name: 'Ann Lee', count: 7 },
      { id: 'e2', name: '', count: 1 },
    ]);
  });
});
