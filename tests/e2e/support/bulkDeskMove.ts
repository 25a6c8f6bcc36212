/** The manager an event of a planted bulk operation names as its actor. */
export interface BulkActor {
  id: string;
  name: string;
}

interface DeskMove {
  bulkId: string;
  /** How many clients the operation declares it changed. */
  bulkSize: number;
  /** The event's place in the operation, which makes its id. */
  index: number;
  clientId: string;
  actor: BulkActor;
  createdAt: string;
}

/** One event of a planted bulk operation: a manager moved a client from the Sales EN desk to the VIP desk. */
export function bulkDeskMove({ bulkId, bulkSize, index, clientId, actor, createdAt }: DeskMove) {
  return {
    id: `${bulkId}-${index}`,
    clientId,
    actorType: 'manager',
    actorId: actor.id,
    actorName: actor.name,
    sourceApp: 'crm',
    eventName: 'manager.bulk_operation',
    message: `${actor.name} changed a desk in bulk`,
    metadata: {},
    createdAt,
    change: {
      actionType: 'bulkUpdate',
      target: { type: 'client', id: clientId },
      changedFields: ['desk'],
      before: { desk: 'Sales EN' },
      after: { desk: 'VIP' },
      bulkId,
      bulkSize,
    },
  };
}
