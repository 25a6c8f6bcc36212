import type { LogQuery } from '../../../shared/query/logQuery';
import type { Histogram } from '../../../shared/query/logSource';
import {
  chooseHistogramInterval,
  histogramSpan,
  overHistogramSpan,
  resolveTimeRange,
} from '../../../shared/query/timeRange';
import type { Aggregate } from './aggregateOn';
import type { CompileContext } from './compileClauses';
import { compileHistogram, compileMatchBounds, readHistogram, readMatchBounds } from './compileHistogram';

/**
 * A query's matches per interval over its resolved time range; an open end is first closed by the
 * first or last match, asked for apart (no match, no buckets).
 */
export async function aggregateHistogram(
  aggregate: Aggregate,
  query: LogQuery,
  ctx: CompileContext,
  signal: AbortSignal | undefined,
): Promise<Histogram> {
  const range = resolveTimeRange(query.timeRange, ctx.nowMs);
  const matches =
    range.fromMs === undefined || range.toMs === undefined
      ? readMatchBounds(await aggregate(query.family, compileMatchBounds(query, ctx), signal))
      : null;
  const span = histogramSpan(range, matches);
  if (!span) return { intervalMs: chooseHistogramInterval(0, 0), buckets: [] };
  const intervalMs = chooseHistogramInterval(span.fromMs, span.toMs);
  const aggregations = await aggregate(
    query.family,
    compileHistogram(overHistogramSpan(query, span), ctx, span, intervalMs),
    signal,
  );
  return readHistogram(aggregations, intervalMs);
}
