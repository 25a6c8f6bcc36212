import { describe, expect, it } from 'vitest';
import { filterParams, queryToParams } from '../../../../../../src/renderer/src/features/logGrid/queryRoute';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { LOG_FIELDS } from '../../../../../../src/shared/query/fieldRoles';
import { LOG_FAMILIES, LogQuery, OperationalQuery } from '../../../../../../src/shared/query/logQuery';

const roundTrip = (input: unknown) => {
  const query = LogQuery.parse(input);
  const read = readRoute(query.family, queryToParams(query));
  expect(read.ignored).toEqual([]);
  return read.query;
};

describe('operational query in the route', () => {
  it.each([
    [{ family: 'operational' }],
    [{ family: 'operational', filters: { action: ['create', 'delete'], clientId: ['c 1/x'] } }],
    [{ family: 'operational', text: 'Huntli error', pageSize: 100, sort: { field: 'client.name', direction: 'asc' } }],
    [{ family: 'operational', timeRange: { kind: 'relative', last: '7d' } }],
    [
      {
        family: 'operational',
        timeRange: { kind: 'absolute', from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
      },
    ],
  ])('round-trips %j', (input) => {
    expect(roundTrip(input)).toEqual(OperationalQuery.parse(input));
  });

  it('keeps the default query out of the URL', () => {
    expect(queryToParams(OperationalQuery.parse({ family: 'operational' })).toString()).toBe('');
  });

  it.each([
    ['size=7', 'size', 'a page holds 10, 25, 50, 100 rows'],
    ['action=drop', 'action', 'it is not one of: '],
    ['sort=password.asc', 'sort', 'the logs sort by one of: '],
    ['sort=created', 'sort', 'a sort is a field then .asc or .desc'],
    ['from=yesterday', 'from', 'it is not a date and time with its offset, such as 2026-10-01T00:00:00Z'],
    ['last=5x', 'last', 'a relative range is one of: '],
    ['q=' + 'x'.repeat(501), 'q', 'the text is longer than 500 characters'],
    ['colour=red', 'colour', 'this page has no such parameter'],
  ])('names %s as ignored and keeps every other filter of the link', (bad, param, reason) => {
    const read = readRoute('operational', new URLSearchParams(`action=delete&status=error&${bad}`));
    expect(read.ignored).toHaveLength(1);
    expect(read.ignored[0]?.param).toBe(param);
    expect(read.ignored[0]?.reason).toContain(reason);
    expect(read.query.filters).toEqual({ action: ['delete'], status: ['error'] });
  });

  it('ignores both ends of a reversed range, saying which is after which', () => {
    const read = readRoute(
      'operational',
      new URLSearchParams('from=2026-11-02T00:00:00.000Z&to=2026-11-01T00:00:00.000Z&client=c1'),
    );
    expect(read.ignored.map(({ param }) => param)).toEqual(['from', 'to']);
    expect(read.ignored[0]?.reason).toBe('the start is after the end (2026-11-01T00:00:00.000Z)');
    expect(read.query.timeRange).toBeUndefined();
    expect(read.query.filters).toEqual({ clientId: ['c1'] });
  });

  it('ignores a sub model outside the chosen business models', () => {
    const read = readRoute('operational', new URLSearchParams('businessModel=Desks&subModel=Teams&subModel=Fees'));
    expect(read.query.filters).toEqual({ businessModel: ['Desks'], subModel: ['Teams'] });
    expect(read.ignored).toEqual([
      { param: 'subModel', value: 'Fees', reason: 'it belongs to none of the chosen groups above it' },
    ]);
  });
});

describe('filter keys in the route, from the field table', () => {
  it('names every operational filter the table lists, parties by their short names', () => {
    const params = filterParams('operational');
    expect([...params.keys()].sort()).toEqual([...LOG_FIELDS.operational.filters.keys()].sort());
    expect(Object.fromEntries(params)).toMatchObject({
      clientId: 'client',
      employeeId: 'employee',
      apiId: 'api',
      action: 'action',
    });
  });

  it.each(LOG_FAMILIES)('round-trips a value for every %s filter, and a sort on every sortable field', (family) => {
    const filters: Record<string, string[]> = Object.fromEntries(
      [...LOG_FIELDS[family].filters].map(([key, { field }]) => [
        key,
        // A path-value filter holds `path=value`.
        [field.filter?.values?.[0] ?? (field.filter?.pathValue ? 'status=active' : `${key} 1`)],
      ]),
    );
    // A grouped filter holds a value of the group chosen above it, as a consistent link does.
    for (const [key, { field }] of LOG_FIELDS[family].filters) {
      const grouped = field.filter?.groupedBy;
      const [parent, members] = Object.entries(grouped?.groups ?? {})[0] ?? [];
      if (!grouped || !parent || !members?.[0]) continue;
      filters[grouped.key] = [parent];
      filters[key] = [members[0]];
    }
    for (const field of LOG_FIELDS[family].sorts) {
      const input = { family, filters, sort: { field, direction: 'asc' } };
      expect(roundTrip(input)).toEqual(LogQuery.parse(input));
    }
  });
});
