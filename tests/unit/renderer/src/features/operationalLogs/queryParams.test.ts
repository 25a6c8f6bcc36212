import { describe, expect, it } from 'vitest';
import {
  FILTER_PARAMS,
  paramsToQuery,
  queryToParams,
} from '../../../../../../src/renderer/src/features/operationalLogs/queryParams';
import { LOG_FIELDS } from '../../../../../../src/shared/query/fieldRoles';
import { OperationalQuery } from '../../../../../../src/shared/query/logQuery';

const roundTrip = (input: unknown) => paramsToQuery(queryToParams(OperationalQuery.parse(input)));

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
    expect(paramsToQuery(new URLSearchParams(search))).toEqual(OperationalQuery.parse({ family: 'operational' }));
  });
});

describe('filter keys in the route, from the field table', () => {
  it('names every operational filter the table lists, parties by their short names', () => {
    expect(Object.keys(FILTER_PARAMS).sort()).toEqual([...LOG_FIELDS.operational.filters.keys()].sort());
    expect(FILTER_PARAMS).toMatchObject({ clientId: 'client', employeeId: 'employee', apiId: 'api', action: 'action' });
  });

  it('round-trips a value for every filter', () => {
    const filters = Object.fromEntries(
      [...LOG_FIELDS.operational.filters].map(([key, { field }]) => [key, [field.filter?.values?.[0] ?? `${key} 1`]]),
    );
    expect(roundTrip({ family: 'operational', filters })).toEqual(
      OperationalQuery.parse({ family: 'operational', filters }),
    );
  });
});
