import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import { createChangeService } from '../../../../src/main/services/createChangeService';
import { createRiskService } from '../../../../src/main/services/createRiskService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { BulkChangeSet } from '../../../../src/shared/contract/changeChannels';
import type { BulkOperations } from '../../../../src/shared/contract/riskChannels';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { answered, routerServing } from '../../../integration/support/routerServing';
import { activityEvent } from '../sources/embedded/sampleLogs';

/** One member of bulk operation `bulkId`: manager m1 set a client's desk, `minutes` after the logs' start. */
function member(bulkId: string, index: number, clientId: string, minutes: number): ClientActivity {
  return activityEvent(`${bulkId}-${index}`, minutes, {
    clientId,
    actorType: 'manager',
    actorId: 'm1',
    actorName: 'Mia',
    eventName: 'manager.bulk_operation',
    change: {
      actionType: 'bulkUpdate',
      target: { type: 'client', id: clientId },
      changedFields: ['desk'],
      before: { desk: 'Sales' },
      after: { desk: 'VIP' },
      bulkId,
      bulkSize: null,
    },
  });
}

/** A bulk operation's members over `clients`, in order, each client as often as listed. */
const bulk = (bulkId: string, clients: readonly string[]) =>
  clients.map((clientId, index) => member(bulkId, index, clientId, index + 1));

const range = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/**
 * A producer that retries a member logs that client twice. The Risk page's bulk list counts the clients an
 * operation changed, as the operation's own page does, and ranks and keeps operations by them: never by
 * the events logged, which a retry makes more.
 */
const documents = [
  // Three events over two clients: c2 retried.
  ...bulk('retried', ['c1', 'c2', 'c2']),
  // Three events over three clients.
  ...bulk('plain', ['c3', 'c4', 'c5']),
  // 120 events over 60 clients, each logged twice: more repeated clients than a facet lists.
  ...bulk('twice', [...range('t', 60), ...range('t', 60)]),
];

let source: EmbeddedLogSource;
let router: Router;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments(documents);
  const current = { current: () => Promise.resolve(source) };
  router = routerServing({ ...createRiskService(current), ...createChangeService(current) }, () => ({
    id: 'r1',
    name: 'Rita',
    role: 'riskOfficer',
    scope: null,
  }));
});

afterAll(() => source.close());

const call = <T>(channel: string, payload: unknown): Promise<T> => answered<T>(router, channel, payload);

const listed = async (minClients: number) =>
  (await call<BulkOperations>('risk/bulkOperations', { minClients })).rows.map((row) => [
    row.rank,
    row.bulkId,
    row.clients,
  ]);

describe('the bulk operations over many clients', () => {
  it('counts and ranks each by the distinct clients it changed', async () => {
    expect(await listed(2)).toEqual([
      [1, 'twice', 60],
      [2, 'plain', 3],
      [3, 'retried', 2],
    ]);
  });

  it('leaves out an operation whose retried events reach the threshold but whose clients do not', async () => {
    expect(await listed(3)).toEqual([
      [1, 'twice', 60],
      [2, 'plain', 3],
    ]);
    expect(await listed(61)).toEqual([]);
  });

  it('says as many clients as the operation’s own page does', async () => {
    const rows = (await call<BulkOperations>('risk/bulkOperations', { minClients: 2 })).rows;
    for (const row of rows) {
      const set = await call<BulkChangeSet>('changes/bulk', { bulkId: row.bulkId });
      expect([row.bulkId, row.clients]).toEqual([row.bulkId, set.clients]);
    }
  });
});
