import { SUGGEST_SLACK } from '../../../../../src/main/sources/searchTerms';
import { describe, expect, it } from 'vitest';
import { compileFacetsSql } from '../../../../../src/main/sources/embedded/compileFacetsSql';
import { compileHistogramSql } from '../../../../../src/main/sources/embedded/compileHistogramSql';
import { compileSuggestSql } from '../../../../../src/main/sources/embedded/compileSuggestSql';
import { compileToSql } from '../../../../../src/main/sources/embedded/compileToSql';
import type { EmbeddedCursor } from '../../../../../src/main/sources/embedded/embeddedCursor';
import { EVENT_NAMES_BY_CATEGORY } from '../../../../../src/shared/domain/eventCatalog';
import { LogQuery, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import { SUGGEST_SIZE } from '../../../../../src/shared/query/logSource';

const NOW_MS = Date.parse('2024-03-01T12:00:00.000Z');
const ctx = { nowMs: NOW_MS };
const compile = (input: LogQueryInput, scopeClientIds?: readonly string[] | null, cursor?: EmbeddedCursor) =>
  compileToSql(LogQuery.parse(input), { nowMs: NOW_MS, scopeClientIds }, cursor);
const managerEvents = EVENT_NAMES_BY_CATEGORY.manager;
const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => `$${from + index}`).join(', ');

/** The WHERE of the page statement, for compact expectations. */
const whereOf = (sql: string) => /WHERE (.*?) ORDER BY/.exec(sql)?.[1];

describe('compileToSql', () => {
  it.each<[string, LogQueryInput, string, unknown[]]>([
    ['no condition', { family: 'operational' }, 'TRUE', []],
    [
      'values OR within a field, fields AND (in field order)',
      { family: 'operational', filters: { status: ['error'], action: ['create', 'delete', 'create'] } },
      'action IN ($1, $2) AND status IN ($3)',
      ['create', 'delete', 'error'],
    ],
    [
      'nested parties as flat columns',
      { family: 'operational', filters: { clientId: ['c1'], employeeId: ['e1'], apiId: ['t1'] } },
      'api_id IN ($1) AND client_id IN ($2) AND employee_id IN ($3)',
      ['t1', 'c1', 'e1'],
    ],
    [
      'activity change columns, and a category as the event names it stands for',
      { family: 'activity', filters: { targetType: ['wallet'], bulkId: ['b1'], category: ['manager'] } },
      `bulk_id IN ($1) AND event_name IN (${placeholders(2, managerEvents.length)}) AND target_type IN ($${managerEvents.length + 2})`,
      ['b1', ...managerEvents, 'wallet'],
    ],
    [
      'text: whole words, then a prefix among the words a prefix may reach',
      { family: 'operational', text: 'Send  TRANSACTION-to hunt' },
      'contains(search_text, $1) AND contains(search_text, $2) AND contains(search_text, $3) AND contains(search_prefixes, $4)',
      [' send ', ' transaction ', ' to ', ' hunt'],
    ],
    [
      'a phrase as its words in order, an excluded word absent, a short last word whole',
      { family: 'operational', text: '"status 404" -declined err' },
      'contains(search_text, $1) AND NOT contains(search_text, $2) AND contains(search_text, $3)',
      [' status 404 ', ' declined ', ' err '],
    ],
    [
      'a relative range at the clock, as BIGINT epoch ms',
      { family: 'operational', timeRange: { kind: 'relative', last: '1h' } },
      'created_ms >= $1 AND created_ms <= $2',
      [BigInt(NOW_MS - 3_600_000), BigInt(NOW_MS)],
    ],
    [
      'an open-ended absolute range',
      { family: 'activity', timeRange: { kind: 'absolute', to: '2024-03-01T00:00:00+01:00' } },
      'created_ms <= $1',
      [BigInt(Date.parse('2024-02-29T23:00:00Z'))],
    ],
  ])('%s', (_name, input, where, params) => {
    const { page } = compile(input);
    expect(whereOf(page.sql)).toBe(where);
    expect(page.params).toEqual(params);
  });

  it('never splices a value into the SQL text', () => {
    const hostile = "x') OR true; DROP TABLE operational_logs; --";
    const { page, count } = compile({ family: 'operational', filters: { clientId: [hostile] }, text: hostile }, [
      hostile,
    ]);
    expect(page.sql).not.toContain('DROP');
    expect(count?.sql).not.toContain('DROP');
    expect(page.params).toContain(hostile);
  });

  it.each<[string, LogQueryInput, string]>([
    ['the default', { family: 'operational' }, 'ORDER BY created_ms DESC NULLS LAST, id DESC LIMIT 51'],
    [
      'a name ascending',
      { family: 'operational', sort: { field: 'client.name', direction: 'asc' } },
      'ORDER BY client_name ASC NULLS LAST, id ASC LIMIT 51',
    ],
    [
      'an activity field',
      { family: 'activity', sort: { field: 'eventName', direction: 'desc' } },
      'ORDER BY event_name DESC NULLS LAST, id DESC LIMIT 51',
    ],
  ])('sorts %s then by id, missing values last', (_name, input, orderBy) => {
    expect(compile(input).page.sql).toContain(orderBy);
  });

  it('counts up to one past the cap, once: later pages carry the total', () => {
    const first = compile({ family: 'operational' });
    expect(first.count?.sql).toBe(
      'SELECT count(*) AS total FROM (SELECT 1 FROM operational_logs WHERE TRUE LIMIT 10001)',
    );
    const next = compile({ family: 'operational' }, null, position({ value: NOW_MS, id: 'x' }));
    expect(next.count).toBeNull();
    expect(next.carriedTotal).toEqual({ value: 10_000, relation: 'gte' });
  });

  it.each<[string, LogQueryInput, number | string | null, string, unknown[]]>([
    [
      'a date descending',
      { family: 'operational' },
      1000,
      'created_ms <= $2 AND (created_ms < $2 OR id < $1)',
      ['last', 1000n],
    ],
    [
      'a keyword ascending',
      { family: 'activity', sort: { field: 'eventName', direction: 'asc' } },
      'client.logged_in',
      'event_name >= $2 AND (event_name > $2 OR id > $1)',
      ['last', 'client.logged_in'],
    ],
    [
      'a nullable name',
      { family: 'operational', sort: { field: 'client.name', direction: 'desc' } },
      'Ann',
      '(client_name IS NULL OR client_name <= $2) AND (client_name IS NULL OR client_name < $2 OR id < $1)',
      ['last', 'Ann'],
    ],
    [
      'past the last present name',
      { family: 'operational', sort: { field: 'client.name', direction: 'asc' } },
      null,
      '(client_name IS NULL AND id > $1)',
      ['last'],
    ],
  ])('continues after the cursor on %s', (_name, input, value, where, params) => {
    const { page, nowMs } = compile(input, null, position({ value, id: 'last', nowMs: 42 }));
    expect(whereOf(page.sql)).toBe(where);
    expect(page.params).toEqual(params);
    expect(nowMs).toBe(42);
  });

  it.each<[string, LogQueryInput, number | string | null]>([
    ['a text value for a date', { family: 'operational' }, 'yesterday'],
    [
      'a missing value for a field always present',
      { family: 'operational', sort: { field: 'action', direction: 'asc' } },
      null,
    ],
  ])('refuses a cursor with %s', (_name, input, value) => {
    expect(() => compile(input, null, position({ value, id: 'x' }))).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
  });

  it('keeps a scope as a filter; an empty scope matches nothing', () => {
    expect(whereOf(compile({ family: 'activity' }, ['c1', 'c2']).page.sql)).toBe('client_id IN ($1, $2)');
    expect(whereOf(compile({ family: 'activity' }, []).page.sql)).toBe('FALSE');
  });
});

describe('compileFacetsSql', () => {
  const query = LogQuery.parse({ family: 'operational', filters: { action: ['get'], status: ['error'] } });

  it('gives a filtered field its own statement without its own filter, and the rest one shared scan', () => {
    const statements = compileFacetsSql(query, ['action', 'origin', 'source', 'origin'], {
      ...ctx,
      scopeClientIds: ['c9'],
    });
    expect(statements.map((statement) => statement.fields)).toEqual([['action'], ['origin', 'source']]);
    const [own, shared] = statements;
    expect(own?.sql).toContain('WHERE status IN ($1) AND client_id IN ($2) GROUP BY GROUPING SETS ((action))');
    expect(own?.params).toEqual(['error', 'c9']);
    expect(shared?.sql).toContain(
      'WHERE action IN ($1) AND status IN ($2) AND client_id IN ($3) GROUP BY GROUPING SETS ((origin), (source))',
    );
    expect(shared?.sql).toContain('ORDER BY facet, n DESC, value ASC NULLS LAST');
  });

  it('counts a category facet by the group its event name falls in, from the catalog', () => {
    const [statement] = compileFacetsSql(LogQuery.parse({ family: 'activity' }), ['category'], ctx);
    expect(statement?.sql).toContain('GROUP BY GROUPING SETS (((CASE WHEN event_name IN (');
    expect(statement?.params).toEqual(expect.arrayContaining([...managerEvents, 'manager']));
  });

  it('refuses a field that is not a filter key', () => {
    expect(() => compileFacetsSql(query, ['search_text'], ctx)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
  });
});

describe('compileHistogramSql and compileSuggestSql', () => {
  it('floors each date to its epoch-aligned interval', () => {
    const { sql, params } = compileHistogramSql(LogQuery.parse({ family: 'activity' }), ctx, 60_000);
    expect(sql).toContain('created_ms - ((created_ms % 60000) + 60000) % 60000 AS start_ms');
    expect(params).toEqual([]);
  });

  it('matches a lowercased name or id prefix', () => {
    const { sql, params } = compileSuggestSql('employee', ' Bo ', ['c1']);
    expect(sql).toContain('(starts_with(lower(employee_name), $1) OR starts_with(lower(employee_id), $1))');
    expect(sql).toContain('client_id IN ($2)');
    expect(params).toEqual(['bo', 'c1', SUGGEST_SIZE + SUGGEST_SLACK]);
  });

  it('matches ids only for a prefix with a digit', () => {
    const { sql } = compileSuggestSql('client', '64a1');
    expect(sql).toContain('starts_with(lower(client_id), $1)');
    expect(sql).not.toContain('client_name), $1');
  });
});

function position(at: { value: number | string | null; id: string; nowMs?: number }): EmbeddedCursor {
  return { value: at.value, id: at.id, nowMs: at.nowMs ?? NOW_MS, total: { value: 10_000, relation: 'gte' } };
}
