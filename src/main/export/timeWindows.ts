import { LOG_FIELDS } from '../../shared/query/fieldRoles';
import type { LogQuery } from '../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../shared/query/logSource';

/** About this many matches per window: a page then sorts among these, not among the whole result. */
export const ROWS_PER_WINDOW = 100_000;

/**
 * The query cut into consecutive time windows, in the order its rows come (newest window first for a
 * descending sort), so reading the windows one after the other gives exactly the rows of the query, in
 * its order. The cluster sorts each page among the matches of its query: over a whole index that makes
 * a long export slow page after page (it ranks every match again for each page), over a window of a
 * hundred thousand rows it stays cheap. The windows come from the query's own histogram, so they
 * follow where the matches are; the outer windows are open-ended, so together they leave nothing out.
 * A query sorted on anything but its time, or small enough, stays whole.
 */
export async function timeWindows(
  source: LogSource,
  query: LogQuery,
  options: SearchOptions,
  totalRows: number,
): Promise<LogQuery[]> {
  if (query.sort.field !== LOG_FIELDS[query.family].time || totalRows <= ROWS_PER_WINDOW) return [query];
  const histogram = await source.histogram(query, options);
  const cuts: number[] = [];
  let gathered = 0;
  for (const [index, bucket] of histogram.buckets.entries()) {
    if (index > 0 && gathered > 0 && gathered + bucket.count > ROWS_PER_WINDOW) {
      cuts.push(Date.parse(bucket.start));
      gathered = 0;
    }
    gathered += bucket.count;
  }
  if (cuts.length === 0) return [query];
  const range = query.timeRange?.kind === 'absolute' ? query.timeRange : undefined;
  const bounds = [range?.from, ...cuts.map((cut) => new Date(cut).toISOString()), range?.to];
  const windows = cuts.length + 1;
  const oldestFirst = Array.from({ length: windows }, (_, index): LogQuery => {
    const from = bounds[index];
    const next = bounds[index + 1];
    // Windows meet without overlapping: each ends a millisecond before the next begins.
    const to = index === windows - 1 ? next : new Date(Date.parse(next ?? '') - 1).toISOString();
    return { ...query, timeRange: { kind: 'absolute', ...(from ? { from } : {}), ...(to ? { to } : {}) } };
  });
  return query.sort.direction === 'desc' ? oldestFirst.reverse() : oldestFirst;
}
