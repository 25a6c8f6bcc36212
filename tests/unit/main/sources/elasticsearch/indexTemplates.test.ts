import { describe, expect, it } from 'vitest';
import type { estypes } from '@elastic/elasticsearch';
import { ClientActivity, ManagerChange } from '../../../../../src/shared/domain/clientActivity';
import { OperationalLog } from '../../../../../src/shared/domain/operationalLog';
import { indexTemplate, indexTemplateName } from '../../../../../src/main/sources/elasticsearch/indexTemplates';
import { monthlyIndexName } from '../../../../../scripts/seed/monthlyIndexName';

function properties(family: 'operational' | 'activity'): Record<string, estypes.MappingProperty> {
  const mappings = indexTemplate(family, 'crm-test-*').template?.mappings;
  return mappings?.properties ?? {};
}

describe('index templates', () => {
  it.each([
    ['crm-operational-logs-*', 'crm-operational-logs', '2026-11-03T10:00:00.000Z', 'crm-operational-logs-2026.11'],
    [
      'it-crm-client-activity-*',
      'it-crm-client-activity',
      '2027-01-31T23:59:59.999Z',
      'it-crm-client-activity-2027.01',
    ],
  ])('names the template and monthly indices of %s', (pattern, name, at, index) => {
    expect(indexTemplateName(pattern)).toBe(name);
    expect(monthlyIndexName(pattern, at)).toBe(index);
  });

  it.each(['Crm-*', 'crm-logs', 'crm-*-logs-*', '*'])('rejects the pattern %s', (pattern) => {
    expect(() => indexTemplateName(pattern)).toThrow(/must be lowercase and end with a single "\*"/);
  });

  it('maps exactly the fields of the shared shapes (identity field mapping)', () => {
    expect(Object.keys(properties('operational')).sort()).toEqual(Object.keys(OperationalLog.shape).sort());
    expect(Object.keys(properties('activity')).sort()).toEqual(Object.keys(ClientActivity.shape).sort());
    const change = properties('activity').change as estypes.MappingObjectProperty;
    expect(Object.keys(change.properties ?? {}).sort()).toEqual(Object.keys(ManagerChange.shape).sort());
  });

  it('uses keywords for ids and enums, dates for time, text with keyword sub-fields for names and messages', () => {
    const operational = properties('operational');
    const activity = properties('activity');
    for (const field of ['id', 'action', 'businessModel', 'subModel', 'origin', 'status', 'source', 'appInstance']) {
      expect(operational[field]?.type).toBe('keyword');
    }
    for (const field of ['id', 'clientId', 'actorType', 'actorId', 'sourceApp', 'eventName'])
      expect(activity[field]?.type).toBe('keyword');
    expect(operational.created?.type).toBe('date');
    expect(activity.createdAt?.type).toBe('date');
    expect(operational.description).toMatchObject({ type: 'text', fields: { keyword: { type: 'keyword' } } });
    expect(activity.message).toMatchObject({ type: 'text', fields: { keyword: { type: 'keyword' } } });
    expect(operational.client).toMatchObject({
      properties: { id: { type: 'keyword' }, name: { type: 'text', fields: { keyword: { type: 'keyword' } } } },
    });
    expect(activity.metadata?.type).toBe('flattened');
    expect(activity.change).toMatchObject({
      properties: {
        actionType: { type: 'keyword' },
        target: { properties: { type: { type: 'keyword' }, id: { type: 'keyword' } } },
        changedFields: { type: 'keyword' },
        before: { type: 'flattened' },
        after: { type: 'flattened' },
        bulkId: { type: 'keyword' },
      },
    });
  });

  it('sorts indices newest first with the id as tiebreaker, leaving shards, replicas and durability to the cluster', () => {
    expect(indexTemplate('activity', 'x-*').template?.settings).toEqual({
      sort: { field: ['createdAt', 'id'], order: ['desc', 'desc'] },
    });
    expect(
      indexTemplate('operational', 'x-*', { shards: 2, replicas: 1, translogDurability: 'async' }).template?.settings,
    ).toEqual({
      number_of_shards: 2,
      number_of_replicas: 1,
      sort: { field: ['created', 'id'], order: ['desc', 'desc'] },
      translog: { durability: 'async' },
    });
  });
});
