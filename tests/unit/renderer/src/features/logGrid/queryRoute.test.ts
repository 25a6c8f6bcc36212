import { describe, expect, it } from 'vitest';
import {
  filterParams,
  paramsToQuery,
  queryToParams,
} from '../../../../../../src/renderer/src/features/logGrid/queryRoute';
import { LOG_FIELDS } from '../../../../../../src/shared/query/fieldRoles';
import { LOG_FAMILIES, LogQuery, OperationalQuery } from '../../../../../../src/shared/query/logQuery';

const roundTrip = (input: unknown) => {
  const query = LogQuery.parse(input);
  return paramsToQuery(query.family, queryToParams(query));
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
    ['size=7', 'a page size not on offer'],
    ['action=drop', 'an unknown action'],
    ['sort=password.asc', 'an unsortable field'],
    ['from=yesterday', 'a malformed date'],
  ])('falls back to the default query on %s (%s)', (search) => {
    expect(paramsToQuery('operational', new URLSearchParams(search))).toEqual(
      OperationalQuery.parse({ family: 'operational' }),
    );
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
    const filters = Object.fromEntries(
      [...LOG_FIELDS[family].filters].map(([key, { field }]) => [key, [field.filter?.values?.[0] ?? `${key} 1`]]),
    );
    for (const field of LOG_FIELDS[family].sorts) {
      const input = { family, filters, sort: { field, direction: 'asc' } };
      expect(roundTrip(input)).toEqual(LogQuery.parse(input));
    }
  });
});
