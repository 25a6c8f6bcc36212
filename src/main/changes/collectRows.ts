import type { ClientActivity } from '../../shared/domain/clientActivity';
import type { ActivityQuery } from '../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../shared/query/logSource';

export interface Collected {
  rows: ClientActivity[];
  /** More rows matched than `limit`; the first `limit` in the query's order were read. */
  truncated: boolean;
}

/**
 * Every activity row a query matches, page after page in its sort order, up to `limit`: what the change
 * views compute from, the same way on either engine. A cursor still open at the limit is released.
 */
export async function collectRows(
  source: LogSource,
  query: ActivityQuery,
  options: SearchOptions,
  limit: number,
): Promise<Collected> {
  const rows: ClientActivity[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await source.search({ ...query, pageSize: 100, cursor }, options);
    if (page.family !== 'activity') throw new Error('An activity query answered with another family');
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
    // A limit below one page's rows is kept too: the last page may hold more than the limit leaves room for.
    if (!cursor)
      return rows.length > limit ? { rows: rows.slice(0, limit), truncated: true } : { rows, truncated: false };
    if (rows.length >= limit) {
      await source.releaseCursor('activity', cursor, {
        ...(options.operatorId ? { operatorId: options.operatorId } : {}),
      });
      return { rows: rows.slice(0, limit), truncated: true };
    }
  }
}
