import { describe, expect, it } from 'vitest';
import { offeredValues } from '../../../../../../src/renderer/src/features/logGrid/filterOptions';
import {
  fieldLabel,
  filterLabel,
  holdsIds,
  namesInRow,
  timeLabel,
  withFilter,
} from '../../../../../../src/renderer/src/features/logGrid/queryFilters';
import { BUSINESS_MODELS, OPERATIONAL_ACTIONS } from '../../../../../../src/shared/domain/operationalLog';
import { LogQuery } from '../../../../../../src/shared/query/logQuery';

const facet = (field: string, ...values: string[]) => ({
  field,
  buckets: values.map((value) => ({ value, count: 1 })),
  otherCount: 0,
});

describe('values a filter panel offers, from the field table', () => {
  it.each([
    ['a closed list as it stands', 'action', {}, undefined, [...OPERATIONAL_ACTIONS]],
    [
      'the sub models of the chosen business models',
      'subModel',
      { businessModel: ['Desks', 'Employees'] },
      undefined,
      ['Teams', 'Assignments', 'Permissions', 'Sessions'],
    ],
    [
      'every sub model when no business model is chosen',
      'subModel',
      {},
      undefined,
      [...new Set(Object.values(BUSINESS_MODELS).flat())],
    ],
    [
      'a chosen sub model outside the chosen business models, so it is never hidden',
      'subModel',
      { businessModel: ['Desks'], subModel: ['Cards'] },
      undefined,
      ['Teams', 'Assignments', 'Cards'],
    ],
    [
      'the business models, and any the facet counted beyond them',
      'businessModel',
      {},
      facet('businessModel', 'Desks', 'Reports'),
      [...Object.keys(BUSINESS_MODELS), 'Reports'],
    ],
    [
      'what the facet counted for an open field',
      'appInstance',
      {},
      facet('appInstance', 'crm-1', 'crm-2'),
      ['crm-1', 'crm-2'],
    ],
  ] as const)('%s', (_what, key, filters, counted, expected) => {
    expect(offeredValues('operational', key, filters, counted)).toEqual(expected);
  });
});

describe('filters of any family, by key', () => {
  it('names filters and time fields by their labels', () => {
    expect([filterLabel('operational', 'clientId'), timeLabel('operational')]).toEqual(['Client', 'Created']);
    // A document's fields in the detail: a party recorded as null is named like its id, not by its path.
    expect(
      ['client.name', 'employee', 'employee.id', 'no.such'].map((path) => fieldLabel('operational', path)),
    ).toEqual(['Client name', 'Employee', 'Employee', 'no.such']);
    expect([filterLabel('activity', 'sourceApp'), timeLabel('activity')]).toEqual(['Source app', 'Date']);
  });

  it('knows which filters hold party ids', () => {
    expect(['clientId', 'employeeId', 'apiId', 'action'].map((key) => holdsIds('operational', key))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(['clientId', 'actorId', 'eventName'].map((key) => holdsIds('activity', key))).toEqual([true, true, false]);
  });

  it('replaces and removes a filter without touching the others', () => {
    const query = LogQuery.parse({ family: 'operational', filters: { action: ['get'], status: ['error'] } });
    expect(withFilter(query, 'action', ['create', 'create']).filters).toEqual({
      action: ['create'],
      status: ['error'],
    });
    expect(withFilter(query, 'action', []).filters).toEqual({ status: ['error'] });
  });

  it('reads the names a row gives its ids', () => {
    const row = { client: { id: 'c1', name: 'Sofia Kumar' }, employee: { id: 'e1', name: '' }, api: null };
    expect(namesInRow('operational', row)).toEqual([{ id: 'c1', name: 'Sofia Kumar' }]);
    expect(namesInRow('activity', { actorId: 'm1', actorName: 'Ana Ruiz' })).toEqual([{ id: 'm1', name: 'Ana Ruiz' }]);
  });
});

describe('a grouped filter follows the groups chosen above it', () => {
  it('drops the sub models of a business model unticked, keeping those of the others', () => {
    const query = LogQuery.parse({
      family: 'operational',
      filters: { businessModel: ['Desks', 'Projects'], subModel: ['Teams', 'Domains'] },
    });
    expect(withFilter(query, 'businessModel', ['Projects']).filters).toEqual({
      businessModel: ['Projects'],
      subModel: ['Domains'],
    });
    expect(withFilter(query, 'businessModel', ['Clients']).filters).toEqual({ businessModel: ['Clients'] });
  });
});
