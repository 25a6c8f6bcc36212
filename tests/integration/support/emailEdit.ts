import type { ClientActivity } from '../../../src/shared/domain/clientActivity';

/** Manager m1 changed client `clientId`'s email at `createdAt`. */
export function emailEdit(id: string, clientId: string, createdAt: string): ClientActivity {
  return {
    id,
    clientId,
    actorType: 'manager',
    actorId: 'm1',
    actorName: 'Mara Manager',
    sourceApp: 'crm',
    eventName: 'manager.client_edited',
    message: 'Mara Manager changed the email',
    metadata: {},
    createdAt,
    change: {
      actionType: 'update',
      target: { type: 'client', id: clientId },
      changedFields: ['email'],
      before: { email: 'old@x.example' },
      after: { email: 'new@x.example' },
      bulkId: null,
      bulkSize: null,
    },
  };
}
