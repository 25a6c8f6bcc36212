/**
 * Diff-aware filters on the benchmark dataset: the first page of manager edits where a given field
 * changed, or where a sensitive field was touched, against the same query without that filter, on the
 * cluster and on the embedded store.
 */
import { EmbeddedLogSource } from '../../../src/main/sources/embedded/EmbeddedLogSource';
import { LogQuery } from '../../../src/shared/query/logQuery';
import type { LogSource } from '../../../src/shared/query/logSource';
import { registerBenchmark, type BenchContext, type Figure } from '../benchmark';
import { ensureEmbeddedBenchStore } from '../embeddedBenchStore';
import { BENCH_DATASET } from '../ensureBenchDataset';
import { measurePair } from '../measure';
import { figure, openSource, PAGE_SIZE } from './logSearchFixtures';

const DAY_MS = 86_400_000;
const TARGET = { maxRatio: 1.5 };

/** Manager edits over the last 60 days of the data, newest first, with extra filters. */
function managerEdits(ctx: BenchContext, filters: Record<string, string[]> = {}): LogQuery {
  return LogQuery.parse({
    family: 'activity',
    filters: { actorType: ['manager'], ...filters },
    timeRange: {
      kind: 'absolute',
      from: new Date(ctx.dataset.endMs - 60 * DAY_MS).toISOString(),
      to: new Date(ctx.dataset.endMs - 1).toISOString(),
    },
    pageSize: PAGE_SIZE,
  });
}

/** The field manager edits change most often in the benchmark data. */
async function commonestChangedField(ctx: BenchContext): Promise<string> {
  const response = await ctx.client.search({
    index: ctx.dataset.patterns.activity,
    size: 0,
    aggs: { fields: { terms: { field: 'change.changedFields', size: 1 } } },
  });
  const buckets = (response.aggregations?.['fields'] as { buckets: { key: string }[] } | undefined)?.buckets;
  const field = buckets?.[0]?.key;
  if (!field) throw new Error('The benchmark dataset holds no manager change');
  return field;
}

async function firstPages(source: LogSource, engine: string, base: LogQuery, cases: [string, LogQuery][]) {
  const figures: Figure[] = [];
  const release = async (page: { nextCursor: string | null }) => {
    if (page.nextCursor) await source.releaseCursor('activity', page.nextCursor);
  };
  for (const [name, query] of cases) {
    const [filtered, plain] = await measurePair(
      () => source.search(query),
      () => source.search(base),
      { cleanupFirst: release, cleanupSecond: release },
    );
    figures.push(
      figure(`first page, ${name} (${engine})`, filtered, 'the same query without that filter', plain, {
        target: TARGET,
      }),
    );
  }
  return figures;
}

registerBenchmark({
  name: 'changes.diffFilter',
  description:
    'First page of manager edits with a diff-aware filter (a field changed; a sensitive field touched) against the same query without it, on both engines',
  async run(ctx) {
    const field = await commonestChangedField(ctx);
    const base = managerEdits(ctx);
    const cases: [string, LogQuery][] = [
      [`"${field}" changed`, managerEdits(ctx, { changedField: [field] })],
      ['a bank or payment field touched', managerEdits(ctx, { sensitive: ['bank', 'payment'] })],
    ];
    ctx.log(`  diff-aware filters: "${field}" changed; bank or payment touched`);
    const cluster = await openSource(ctx);
    const store = await ensureEmbeddedBenchStore(BENCH_DATASET, ctx.dataset.fingerprint, ctx.log);
    const embedded = await EmbeddedLogSource.openFile(store.path);
    try {
      return [
        ...(await firstPages(cluster, 'cluster', base, cases)),
        ...(await firstPages(embedded, 'embedded', base, cases)),
      ];
    } finally {
      await cluster.close();
      await embedded.close();
    }
  },
});
