import { LogQuery } from '../../../src/shared/query/logQuery';
import type { LogPage } from '../../../src/shared/query/logSource';
import type { ElasticsearchLogSource } from '../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { openDevClusterSource } from '../../dev/devConnection';
import type { BenchContext, Figure } from '../benchmark';
import type { Measurement } from '../measure';

const DAY_MS = 86_400_000;
export const PAGE_SIZE = 50;

/** What an auditor typically asks: changes (not webhooks) over the last 60 days of the data, newest first. */
export function typicalQuery(ctx: BenchContext, extra: { text?: string } = {}): LogQuery {
  return LogQuery.parse({
    family: 'operational',
    filters: { action: ['create', 'update', 'delete'] },
    timeRange: {
      kind: 'absolute',
      from: new Date(ctx.dataset.endMs - 60 * DAY_MS).toISOString(),
      to: new Date(ctx.dataset.endMs - 1).toISOString(),
    },
    pageSize: PAGE_SIZE,
    ...extra,
  });
}

/** The console's own cluster assembly over the benchmark indices; closing the source closes its client. */
export async function openSource(ctx: BenchContext): Promise<ElasticsearchLogSource> {
  return (await openDevClusterSource(ctx.connection, { indexPatterns: ctx.dataset.patterns })).source;
}

/** Closes the point-in-time a measured first page left open, so runs do not pile them up. */
export async function release(source: ElasticsearchLogSource, page: LogPage): Promise<void> {
  if (page.nextCursor) await source.releaseCursor(page.family, page.nextCursor);
}

/** A median figure with its spread, against the median of its peer. */
export function figure(
  name: string,
  measured: Measurement,
  peerName: string,
  peer: Measurement,
  extra: Partial<Figure>,
): Figure {
  return {
    name,
    unit: 'ms',
    value: measured.p50,
    p90: measured.p90,
    runs: measured.runs,
    peer: { name: peerName, value: peer.p50 },
    ...extra,
  };
}
