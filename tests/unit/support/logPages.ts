import type { ClientActivity } from '../../../src/shared/domain/clientActivity';
import type { LogPage } from '../../../src/shared/query/logSource';

type ActivityPage = Extract<LogPage, { family: 'activity' }>;

/** The one page of a query that matched nothing. */
export const emptyOperationalPage: LogPage = {
  family: 'operational',
  rows: [],
  total: { value: 0, relation: 'eq' },
  nextCursor: null,
  partial: null,
  missingFields: [],
  redactions: {},
  tookMs: 1,
};

/** The one page of a query that matched exactly `rows`. */
export function activityPageOf(rows: ClientActivity[]): ActivityPage {
  return {
    family: 'activity',
    rows,
    total: { value: rows.length, relation: 'eq' },
    nextCursor: null,
    partial: null,
    missingFields: [],
    redactions: {},
    tookMs: 1,
  };
}
