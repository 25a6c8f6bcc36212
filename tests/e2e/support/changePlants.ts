import type { FixtureCluster } from './fixtureCluster';
import { LONG_FIELD, LONG_VALUE, RLO, ZWSP } from './hiddenText';

/**
 * One client's changes as a producer might have logged them, each text holding a right-to-left override
 * and a zero-width space: the client's name, the manager's, a field's name and its values. An edit of a
 * wallet made in the small hours two hours before the client's withdrawal (so both ranked risk lists
 * show it), an earlier edit of the same wallet that leaves a gap, an event the catalog does not know, and
 * a bulk operation over 100 clients, one of which got another value.
 */
export const PLANTED = {
  client: 'e2e-hidden-client',
  clientName: `Zoë ${RLO}reiM${ZWSP} Ltd`,
  employee: `Ana ${RLO}ateB${ZWSP}`,
  businessModel: `Payouts${RLO}${ZWSP}`,
  field: `memo${RLO}x${ZWSP}`,
  before: `old ${RLO}value${ZWSP}`,
  outlier: `other ${RLO}value`,
  wallet: 'e2e-hidden-wallet',
  edit: 'e2e-hidden-edit',
  bulk: 'e2e-hidden-bulk',
  oddEvent: `client.e2e_${RLO}odd${ZWSP}`,
} as const;

const BULK_CLIENTS = 100;

interface Edit {
  id: string;
  manager: string;
  clientId: string;
  createdAt: string;
  change: Record<string, unknown>;
}

function managerEvent({ id, manager, clientId, createdAt, change }: Edit, eventName = 'manager.entity_updated') {
  return {
    id,
    clientId,
    actorType: 'manager',
    actorId: manager,
    actorName: PLANTED.employee,
    sourceApp: 'crm',
    eventName,
    message: `${PLANTED.employee} updated a wallet`,
    metadata: { managerRole: 'sales', desk: 'VIP' },
    createdAt,
    change: { bulkId: null, bulkSize: null, ...change },
  };
}

function clientEvent(id: string, eventName: string, createdAt: string, metadata: Record<string, unknown>) {
  const base = { id, clientId: PLANTED.client, actorType: 'client', actorId: null, actorName: null };
  return { ...base, sourceApp: 'crm', eventName, message: 'Client event', metadata, createdAt, change: null };
}

function bulkMember(index: number, manager: string) {
  const clientId = index === 0 ? PLANTED.client : `e2e-hidden-member-${index}`;
  const createdAt = new Date(Date.UTC(2026, 10, 1, 10) + index * 100).toISOString();
  const change = {
    actionType: 'bulkUpdate',
    target: { type: 'client', id: clientId },
    changedFields: [PLANTED.field],
    before: { [PLANTED.field]: PLANTED.before },
    after: { [PLANTED.field]: index === 1 ? PLANTED.outlier : LONG_VALUE },
    bulkId: PLANTED.bulk,
    bulkSize: BULK_CLIENTS,
  };
  return managerEvent(
    { id: `${PLANTED.bulk}-${index}`, manager, clientId, createdAt, change },
    'manager.bulk_operation',
  );
}

/** Plants the changes and an operational log naming the client; returns what takes them out again. */
export async function plantChanges(cluster: FixtureCluster): Promise<() => Promise<void>> {
  const manager = await cluster.busiestManager();
  const wallet = { type: 'wallet', id: PLANTED.wallet };
  const events = [
    managerEvent({
      id: `${PLANTED.edit}-0`,
      manager,
      clientId: PLANTED.client,
      createdAt: '2026-10-31T12:00:00.000Z',
      change: {
        actionType: 'update',
        target: wallet,
        changedFields: [PLANTED.field],
        before: { [PLANTED.field]: 'first' },
        after: { [PLANTED.field]: 'second' },
      },
    }),
    // 02:30 UTC is 04:30 office time, when the fixture's managers are never otherwise at work.
    managerEvent({
      id: PLANTED.edit,
      manager,
      clientId: PLANTED.client,
      createdAt: '2026-11-01T02:30:00.000Z',
      change: {
        actionType: 'update',
        target: wallet,
        changedFields: ['walletAddress', PLANTED.field, LONG_FIELD],
        before: { walletAddress: 'TQ1old', [PLANTED.field]: PLANTED.before, [LONG_FIELD]: 'a' },
        after: { walletAddress: 'TQ1new', [PLANTED.field]: LONG_VALUE, [LONG_FIELD]: 'b' },
      },
    }),
    clientEvent('e2e-hidden-withdrawal', 'client.withdrawal_submitted', '2026-11-01T04:30:00.000Z', {
      amount: 100,
      currency: 'EUR',
      method: 'wallet',
    }),
    clientEvent('e2e-hidden-odd', PLANTED.oddEvent, '2026-11-01T05:00:00.000Z', {}),
    ...Array.from({ length: BULK_CLIENTS }, (_, index) => bulkMember(index, manager)),
  ];
  const newest = await cluster.newestLog([]);
  const log = await cluster.log(newest.id);
  const removeLog = await cluster.plantDocuments('operational', [
    {
      ...log,
      id: 'e2e-hidden-client-log',
      created: new Date(Date.parse(newest.created) + 1).toISOString(),
      client: { id: PLANTED.client, name: PLANTED.clientName },
      employee: { id: 'e2e-hidden-employee', name: PLANTED.employee },
      businessModel: PLANTED.businessModel,
    },
  ]);
  const removeEvents = await cluster.plantDocuments('activity', events);
  return async () => {
    await removeEvents();
    await removeLog();
  };
}
