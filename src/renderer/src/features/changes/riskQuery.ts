import type { ActivityQuery } from '../../../../shared/query/logQuery';

/** The most event ids one filter takes (the query model's limit). */
export const MAX_RISK_EVIDENCE = 500;

/**
 * The events a risk view lists, as one activity query by event id (newest first), so a pinned query
 * or an export holds exactly the view's rows; null when it lists none. Ids past the limit are left out.
 */
export function riskQuery(eventIds: readonly string[]): ActivityQuery | null {
  const ids = [...new Set(eventIds)].slice(0, MAX_RISK_EVIDENCE);
  if (ids.length === 0) return null;
  return {
    family: 'activity',
    filters: { eventId: ids },
    sort: { field: 'createdAt', direction: 'desc' },
    pageSize: 50,
  };
}
