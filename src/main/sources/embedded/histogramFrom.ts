import type { DuckDBConnection } from '@duckdb/node-api';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { Histogram } from '../../../shared/query/logSource';
import {
  chooseHistogramInterval,
  histogramSpan,
  overHistogramSpan,
  resolveTimeRange,
} from '../../../shared/query/timeRange';
import { compileHistogramSql, compileMatchBoundsSql } from './compileHistogramSql';
import type { CompileContext } from './compileWhere';

/**
 * Counts a query's matches per fixed UTC interval aligned to the epoch, every bucket from the one
 * holding the start of the range to the one holding its end, empty ones included. The span is the
 * query's resolved time range; an open end is closed by the first or last match (no match, no buckets),
 * within the supported years (`histogramSpan`).
 */
export async function histogramFrom(
  connection: DuckDBConnection,
  query: LogQuery,
  ctx: CompileContext,
): Promise<Histogram> {
  const range = resolveTimeRange(query.timeRange, ctx.nowMs);
  let matches: { fromMs: number; toMs: number } | null = null;
  if (range.fromMs === undefined || range.toMs === undefined) {
    const bounds = compileMatchBoundsSql(query, ctx);
    const [row] = (await connection.runAndReadAll(bounds.sql, bounds.params)).getRows();
    const first = row?.[0] ?? null;
    const last = row?.[1] ?? null;
    if (first !== null && last !== null) matches = { fromMs: Number(first), toMs: Number(last) };
  }
  const span = histogramSpan(range, matches);
  if (!span) return { intervalMs: chooseHistogramInterval(0, 0), buckets: [] };

  const { fromMs, toMs } = span;
  const intervalMs = chooseHistogramInterval(fromMs, toMs);
  const statement = compileHistogramSql(overHistogramSpan(query, span), ctx, intervalMs);
  const counts = new Map<number, number>();
  for (const [start, count] of (await connection.runAndReadAll(statement.sql, statement.params)).getRows()) {
    counts.set(Number(start), Number(count));
  }
  const buckets: Histogram['buckets'] = [];
  for (let start = floorTo(fromMs, intervalMs); start <= toMs; start += intervalMs) {
    buckets.push({ start: new Date(start).toISOString(), count: counts.get(start) ?? 0 });
  }
  return { intervalMs, buckets };
}

function floorTo(ms: number, intervalMs: number): number {
  return ms - (((ms % intervalMs) + intervalMs) % intervalMs);
}
