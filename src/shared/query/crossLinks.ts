import { z } from 'zod';
import type { ActorType, ManagerChange } from '../domain/clientActivity';
import type { ActivityQuery, OperationalQuery } from './logQuery';

export const DEFAULT_CROSS_LINK_MINUTES = 10;
/** A day either side: a wider window would take in a client's whole other days. */
export const MAX_CROSS_LINK_MINUTES = 1_440;
const WINDOW_RULE = `The window around an event must be whole minutes from 1 to ${MAX_CROSS_LINK_MINUTES.toLocaleString('en')} (24 hours)`;

/** How far around an event a cross-link looks, either side. */
export const CrossLinkMinutes = z
  .number({ error: WINDOW_RULE })
  .int({ error: WINDOW_RULE })
  .min(1, { error: WINDOW_RULE })
  .max(MAX_CROSS_LINK_MINUTES, { error: WINDOW_RULE });

/** The absolute range of `minutes` either side of an instant, both ends inclusive, in UTC. */
export function around(at: string, minutes: number = DEFAULT_CROSS_LINK_MINUTES) {
  const window = CrossLinkMinutes.parse(minutes) * 60_000;
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) throw new RangeError(`Not an instant: ${at}`);
  return {
    kind: 'absolute' as const,
    from: new Date(atMs - window).toISOString(),
    to: new Date(atMs + window).toISOString(),
  };
}

/** From an operational row: this client's activity around it, oldest first so the row's moment reads in order. */
export function clientActivityAround(row: { clientId: string; created: string }, minutes?: number): ActivityQuery {
  return {
    family: 'activity',
    filters: { clientId: [row.clientId] },
    timeRange: around(row.created, minutes),
    sort: { field: 'createdAt', direction: 'asc' },
    pageSize: 50,
  };
}

/**
 * From an activity event: the operational logs around it of the same client and, for a manager's event,
 * of that employee (what the CRM did for them), oldest first.
 */
export function operationsAround(
  event: { clientId: string; createdAt: string; actorType: ActorType; actorId: string | null },
  minutes?: number,
): { client: OperationalQuery; employee: OperationalQuery | null } {
  const timeRange = around(event.createdAt, minutes);
  const base = {
    family: 'operational' as const,
    timeRange,
    sort: { field: 'created' as const, direction: 'asc' as const },
    pageSize: 50 as const,
  };
  return {
    client: { ...base, filters: { clientId: [event.clientId] } },
    employee:
      event.actorType === 'manager' && event.actorId ? { ...base, filters: { employeeId: [event.actorId] } } : null,
  };
}

/** Every event of one bulk operation, newest first. */
export function bulkEvents(bulkId: string): ActivityQuery {
  return {
    family: 'activity',
    filters: { bulkId: [bulkId] },
    sort: { field: 'createdAt', direction: 'desc' },
    pageSize: 50,
  };
}

/** From a manager's change: every logged change of the entity it touched, or of its whole bulk operation. */
export function entityChanges(change: Pick<ManagerChange, 'target' | 'bulkId'>): ActivityQuery {
  if (change.bulkId) return bulkEvents(change.bulkId);
  return {
    family: 'activity',
    filters: { targetType: [change.target.type], targetId: [change.target.id] },
    sort: { field: 'createdAt', direction: 'desc' },
    pageSize: 50,
  };
}
