/**
 * The embedded store on the benchmark's ~1M documents, side by side with the cluster holding the same
 * documents: a filtered first page of 50 and the grid's facet request. Target: a p50 of at most 50 ms
 * each for the embedded store, absolute; the cluster's figure is shown for comparison.
 */
import type { ElasticsearchLogSource } from '../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { EmbeddedLogSource } from '../../src/main/sources/embedded/EmbeddedLogSource';
import type { FacetField, LogPage } from '../../src/shared/query/logSource';
import { registerBenchmark, type BenchContext, type Figure, type Target } from './benchmark';
import { ensureEmbeddedBenchStore } from './embeddedBenchStore';
import { BENCH_DATASET } from './ensureBenchDataset';
import { openSource, typicalQuery } from './benchmarks/logSearchFixtures';
import { measurePair, type Measurement } from './measure';

const ABSOLUTE_50_MS: Target = { atMost: 50 };
/** The facets the operational grid's filter panel asks for on every query change. */
const GRID_FACETS: FacetField[] = ['action', 'origin', 'status', 'businessModel', 'subModel', 'source'];

interface Sources {
  embedded: EmbeddedLogSource;
  cluster: ElasticsearchLogSource;
}

async function withSources<T>(ctx: BenchContext, work: (sources: Sources) => Promise<T>): Promise<T> {
  const store = await ensureEmbeddedBenchStore(BENCH_DATASET, ctx.dataset.fingerprint, ctx.log);
  const { operational, activity } = ctx.dataset.counts;
  if (store.counts.operational !== operational || store.counts.activity !== activity) {
    throw new Error(
      `The embedded store holds ${store.counts.operational} + ${store.counts.activity} documents but the cluster ` +
        `${operational} + ${activity}: rebuild it (delete ${store.path})`,
    );
  }
  const embedded = await EmbeddedLogSource.openFile(store.path);
  const cluster = await openSource(ctx);
  try {
    return await work({ embedded, cluster });
  } finally {
    await embedded.close();
    await cluster.close();
  }
}

function figure(name: string, measured: Measurement, peer: Measurement, note: string): Figure {
  return {
    name,
    unit: 'ms',
    value: measured.p50,
    p90: measured.p90,
    runs: measured.runs,
    peer: { name: 'Elasticsearch source, same query and data', value: peer.p50 },
    target: ABSOLUTE_50_MS,
    note,
  };
}

const ids = (page: LogPage) => page.rows.map((row) => row.id).join(',');

registerBenchmark({
  name: 'embedded.filteredPage',
  description: 'Filtered first page of 50 on ~1M documents: embedded DuckDB store vs the cluster',
  async run(ctx) {
    return withSources(ctx, async ({ embedded, cluster }) => {
      const figures: Figure[] = [];
      for (const [label, query] of [
        ['filtered top 50', typicalQuery(ctx)],
        ['filtered top 50 with text', typicalQuery(ctx, { text: 'client upd' })],
      ] as const) {
        const fromCluster = await cluster.search(query);
        if (fromCluster.nextCursor) await cluster.releaseCursor('operational', fromCluster.nextCursor);
        const fromStore = await embedded.search(query);
        if (ids(fromCluster) !== ids(fromStore)) ctx.log(`  warning: the two engines disagree on the ${label} page`);
        const [store, peer] = await measurePair(
          () => embedded.search(query),
          () => cluster.search(query),
          {
            cleanupSecond: async (page) => {
              if (page.nextCursor) await cluster.releaseCursor('operational', page.nextCursor);
            },
          },
        );
        figures.push(figure(`${label}, embedded store`, store, peer, `${fromStore.total.value} matches`));
      }
      return figures;
    });
  },
});

registerBenchmark({
  name: 'embedded.facets',
  description: `The grid's ${GRID_FACETS.length} facets of a filtered query on ~1M documents: embedded DuckDB store vs the cluster`,
  async run(ctx) {
    return withSources(ctx, async ({ embedded, cluster }) => {
      const query = typicalQuery(ctx);
      const fromCluster = JSON.stringify(await cluster.facets(query, GRID_FACETS));
      if (fromCluster !== JSON.stringify(await embedded.facets(query, GRID_FACETS))) {
        ctx.log('  warning: the two engines disagree on the facet counts');
      }
      const [store, peer] = await measurePair(
        () => embedded.facets(query, GRID_FACETS),
        () => cluster.facets(query, GRID_FACETS),
      );
      return [figure('grid facets, embedded store', store, peer, GRID_FACETS.join(', '))];
    });
  },
});
