import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctCountField } from '../../../../src/main/sources/distinctCountField';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { ActivityQuery } from '../../../../src/shared/query/logQuery';
import type { FacetField } from '../../../../src/shared/query/logSource';
import { activityEvent } from './embedded/sampleLogs';

describe('the field a distinct count counts', () => {
  it.each([
    ['activity', 'clientId', 'clientId'],
    ['activity', 'bulkId', 'change.bulkId'],
    ['operational', 'clientId', 'client.id'],
    ['operational', 'action', 'action'],
  ] as const)('counts the %s facet %s on %s', (family, key, field) => {
    expect(distinctCountField(family, key)).toBe(field);
  });

  it.each([
    ['activity', 'category'],
    ['activity', 'eventId'],
    ['activity', 'changedField'],
    ['operational', 'nonsense'],
  ] as const)('refuses the %s key %s, naming a field to count instead', (family, key) => {
    const refused = (() => {
      try {
        distinctCountField(family, key as FacetField);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(ConsoleError);
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', field: 'field' });
    expect((refused as Error).message).toBe(
      `The ${family} logs cannot count the distinct values of '${key}'; count a field that has values of its own, such as clientId.`,
    );
  });
});

describe('a distinct count on the embedded store', () => {
  let source: EmbeddedLogSource;
  const bulk = (id: string, clientId: string, bulkId: string | null) =>
    activityEvent(id, 1, {
      clientId,
      actorType: 'manager',
      actorId: 'm1',
      actorName: 'Mia',
      eventName: 'manager.bulk_operation',
      change: bulkId
        ? {
            actionType: 'bulkUpdate',
            target: { type: 'client', id: clientId },
            changedFields: ['desk'],
            before: { desk: 'Sales' },
            after: { desk: 'VIP' },
            bulkId,
            bulkSize: null,
          }
        : null,
    });

  beforeAll(async () => {
    source = await EmbeddedLogSource.fromDocuments([
      bulk('e1', 'c1', 'b1'),
      bulk('e2', 'c2', 'b1'),
      bulk('e3', 'c2', 'b1'),
      bulk('e4', 'c3', 'b2'),
      bulk('e5', 'c4', null),
    ]);
  });
  afterAll(() => source.close());

  const query = (filters: Record<string, string[]> = {}, exclude: Record<string, string[]> = {}) =>
    ActivityQuery.parse({ family: 'activity', filters, exclude });

  it('counts each value once, under every filter, exclusion and scope, and no row without one', async () => {
    expect(await source.distinctCount(query(), 'clientId')).toBe(4);
    expect(await source.distinctCount(query({ bulkId: ['b1'] }), 'clientId')).toBe(2);
    expect(await source.distinctCount(query({ clientId: ['c2', 'c3'] }), 'clientId')).toBe(2);
    expect(await source.distinctCount(query({}, { clientId: ['c1'] }), 'clientId')).toBe(3);
    expect(await source.distinctCount(query(), 'clientId', { scopeClientIds: ['c1', 'c4'] })).toBe(2);
    expect(await source.distinctCount(query(), 'bulkId')).toBe(2);
    expect(await source.distinctCount(query({ bulkId: ['none'] }), 'clientId')).toBe(0);
  });
});
