import { EDIT_CHANGE_TYPES } from '../../../shared/domain/riskRules';
import { ActivityQuery, type TimeRange } from '../../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../../shared/query/logSource';
import { collectRows, type Collected } from '../collectRows';

export interface EditsAsked {
  /** The period, as fixed instants; every edit in the logs when left out. */
  range?: TimeRange | undefined;
  /** Filters beyond manager edits (the sensitive groups watched). */
  filters?: Record<string, string[]>;
}

/**
 * The newest `limit` manager edits a risk view ranks, handed over oldest first as the rankings read them.
 * Past the limit the oldest are left out (`truncated`): a risk officer needs the recent edits most.
 */
export async function readNewestEdits(
  source: LogSource,
  { range, filters = {} }: EditsAsked,
  options: SearchOptions,
  limit: number,
): Promise<Collected> {
  const query = ActivityQuery.parse({
    family: 'activity',
    filters: { actorType: ['manager'], changeType: [...EDIT_CHANGE_TYPES], ...filters },
    sort: { field: 'createdAt', direction: 'desc' },
    ...(range ? { timeRange: range } : {}),
  });
  const newest = await collectRows(source, query, options, limit);
  return { rows: newest.rows.reverse(), truncated: newest.truncated };
}
