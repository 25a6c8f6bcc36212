import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { activityEvent } from '../sources/embedded/sampleLogs';

/** A field of a client a manager changed: its value before and after. */
interface FieldChange {
  clientId: string;
  field: string;
  before: string;
  after: string;
}

/** The event `edit-1`: manager m1 changed one field of a client, `minutes` after the sample logs' start. */
export function managerEdit(minutes: number, { clientId, field, before, after }: FieldChange): ClientActivity {
  return activityEvent('edit-1', minutes, {
    clientId,
    actorType: 'manager',
    actorId: 'm1',
    eventName: 'manager.client_updated',
    change: {
      actionType: 'update',
      target: { type: 'client', id: clientId },
      changedFields: [field],
      before: { [field]: before },
      after: { [field]: after },
      bulkId: null,
      bulkSize: null,
    },
  });
}
