import type { LogQuery } from './logQuery';
import { resolveTimeRange } from './timeRange';

/** The query with its time range frozen: a relative range becomes the absolute UTC range it meant now. */
export function freezeTimeRange(query: LogQuery, nowMs: number): LogQuery {
  const rest = { ...query };
  delete rest.cursor;
  if (query.timeRange?.kind !== 'relative') return rest;
  const { fromMs, toMs } = resolveTimeRange(query.timeRange, nowMs);
  const timeRange = {
    kind: 'absolute' as const,
    ...(fromMs === undefined ? {} : { from: new Date(fromMs).toISOString() }),
    ...(toMs === undefined ? {} : { to: new Date(toMs).toISOString() }),
  };
  return { ...rest, timeRange };
}
