/**
 * `pageForTime(query, at, nowMs)`: the query that counts the rows a time-sorted grid shows before the
 * first row at `at` (newer rows when newest first, older when oldest first), within the query's own
 * range ('none' when no row can), and `pageOf(before, pageSize)`: the page that row falls on. Null when the grid is not sorted
 * by its time field, where a time has no place in the order.
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogQuery } from '../../../../shared/query/logQuery';
import { resolveTimeRange } from '../../../../shared/query/timeRange';

export function rowsBeforeQuery<Q extends LogQuery>(query: Q, at: string, nowMs: number): Q | 'none' | null {
  if (query.sort.field !== LOG_FIELDS[query.family].time) return null;
  const atMs = Date.parse(at);
  const bounds = resolveTimeRange(query.timeRange, nowMs);
  // A relative range keeps running to the newest log: its end stays open, as main's own "now" may be later.
  const to = query.timeRange?.kind === 'absolute' ? bounds.toMs : undefined;
  const range =
    query.sort.direction === 'desc'
      ? { from: Math.max(atMs + 1, bounds.fromMs ?? -Infinity), to }
      : { from: bounds.fromMs, to: Math.min(atMs - 1, to ?? Infinity) };
  // The time lies beyond the range's far end: no row comes before it.
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return 'none';
  const iso = (ms: number | undefined) =>
    ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString();
  return {
    ...query,
    cursor: undefined,
    skip: undefined,
    pageSize: 10,
    timeRange: { kind: 'absolute', from: iso(range.from), to: iso(range.to) },
  };
}

/** The page (from 1) whose rows include the one after `before` rows. */
export const pageOf = (before: number, pageSize: number): number => Math.floor(before / pageSize) + 1;
