import type { ClientActivity, ManagerChange } from '../../../../src/shared/domain/clientActivity';

/** A manager edit of client c-1 with the given change; fields of the event itself may be replaced. */
export function managerEdit(change: Partial<ManagerChange>, event: Partial<ClientActivity> = {}): ClientActivity {
  return {
    id: 'ev-1',
    clientId: 'c-1',
    actorType: 'manager',
    actorId: 'm-1',
    actorName: 'Mara Manager',
    sourceApp: 'crm',
    eventName: 'manager.client_edited',
    message: 'Mara Manager changed fields',
    metadata: {},
    createdAt: '2025-06-01T10:00:00.000Z',
    change: {
      actionType: 'update',
      target: { type: 'client', id: 'c-1' },
      changedFields: [],
      before: {},
      after: {},
      bulkId: null,
      bulkSize: null,
      ...change,
    },
    ...event,
  };
}
