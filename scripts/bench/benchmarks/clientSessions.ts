/**
 * The client page's Sessions tab on the benchmark dataset: the first page of the heaviest client's
 * sessions (50,000+ events) through the console's pager, against the raw client sending the very scan
 * requests it sent; and the pager against those scans without grouping, on both engines.
 */
import { pageSessions, type SessionPageRequest } from '../../../src/main/sessions/pageSessions';
import { CursorEnvelope } from '../../../src/main/sources/cursorEnvelope';
import { compileActivityScan } from '../../../src/main/sources/elasticsearch/compileActivityScan';
import { exactField } from '../../../src/main/sources/elasticsearch/compileClauses';
import { fieldCapsFields, readFieldCapabilities } from '../../../src/main/sources/elasticsearch/readFieldCapabilities';
import { EmbeddedLogSource } from '../../../src/main/sources/embedded/EmbeddedLogSource';
import type { ActivityScan } from '../../../src/shared/query/clientQueries';
import type { LogSource } from '../../../src/shared/query/logSource';
import { registerBenchmark, type BenchContext } from '../benchmark';
import { ensureEmbeddedBenchStore } from '../embeddedBenchStore';
import { BENCH_DATASET } from '../ensureBenchDataset';
import { measurePair } from '../measure';
import { figure, openSource } from './logSearchFixtures';

const cursors = new CursorEnvelope();
const NO_MAPPING = { operational: {}, activity: {} };

/** The dataset's whole span: the Sessions tab always asks within the page's time range. */
let span: { kind: 'absolute'; from: string; to: string } | undefined;

/** The first page as the Sessions tab asks for it: every lane, the default gap, 25 sessions. */
const firstPage = (clientId: string): SessionPageRequest => ({
  clientId,
  ...(span ? { timeRange: span } : {}),
  gapMinutes: 30,
  lanes: ['client', 'manager'],
  limit: 25,
});

type Scanner = Pick<LogSource, 'kind' | 'scanActivity' | 'clientFacts'>;

/** The scans one first page makes, recorded so a peer can replay exactly them. */
async function recordScans(source: Scanner, clientId: string): Promise<ActivityScan[]> {
  const scans: ActivityScan[] = [];
  const recorder: Scanner = {
    kind: source.kind,
    clientFacts: (clientId, timeRange, options) => source.clientFacts(clientId, timeRange, options),
    scanActivity: (scan, options) => {
      scans.push(scan);
      return source.scanActivity(scan, options);
    },
  };
  await pageSessions({ source: recorder, cursors, options: {}, nowMs: Date.now() }, firstPage(clientId));
  return scans;
}

const pager = (source: Scanner, clientId: string) => () =>
  pageSessions({ source, cursors, options: {}, nowMs: Date.now() }, firstPage(clientId));

/** The same scans through the source, no grouping: what grouping adds is the gap to the pager. */
const scansAlone = (source: Scanner, scans: readonly ActivityScan[]) => async () => {
  for (const scan of scans) await source.scanActivity(scan);
};

/** The client with the most activity, and one of median activity, by the cluster's count. */
async function heaviestAndMedian(ctx: BenchContext, clientField: string): Promise<[string, number, string]> {
  const index = ctx.dataset.patterns.activity;
  const response = await ctx.client.search({
    index,
    size: 0,
    aggs: { clients: { terms: { field: clientField, size: 5_000 } } },
  });
  const buckets = (response.aggregations?.['clients'] as { buckets: { key: string; doc_count: number }[] }).buckets;
  const heaviest = buckets[0];
  const median = buckets[Math.floor(buckets.length / 2)];
  if (!heaviest || !median) throw new Error('The benchmark dataset has no client activity');
  return [heaviest.key, heaviest.doc_count, median.key];
}

registerBenchmark({
  name: 'clients.sessions',
  description:
    'First Sessions page (25 sessions) of the heaviest client: the pager vs the raw client sending the same scans, and grouping vs the same scans alone, on both engines',
  async run(ctx) {
    span = {
      kind: 'absolute',
      from: new Date(ctx.dataset.startMs).toISOString(),
      to: new Date(ctx.dataset.endMs - 1).toISOString(),
    };
    const cluster = await openSource(ctx);
    const index = ctx.dataset.patterns.activity;
    const store = await ensureEmbeddedBenchStore(BENCH_DATASET, ctx.dataset.fingerprint, ctx.log);
    const embedded = await EmbeddedLogSource.openFile(store.path);
    try {
      const caps = readFieldCapabilities(
        await ctx.client.fieldCaps({ index, fields: fieldCapsFields('activity', NO_MAPPING) }),
        'activity',
        NO_MAPPING,
        index,
      );
      const compileCtx = {
        mapping: NO_MAPPING,
        scopeClientIds: null,
        nowMs: Date.now(),
        keywordFields: caps.keywordFields,
      };
      const [heavyId, heavyCount, lightId] = await heaviestAndMedian(
        ctx,
        exactField(compileCtx, 'activity', 'clientId'),
      );
      const scans = await recordScans(cluster, heavyId);
      const page = await pager(cluster, heavyId)();
      ctx.log(
        `  heaviest client ${heavyId}: ${heavyCount.toLocaleString('en')} events; first page read ` +
          `${page.scannedEvents.toLocaleString('en')} in ${scans.length} scans, ${page.sessions.length} sessions`,
      );
      const raw = async () => {
        for (const scan of scans) await ctx.client.search({ index, ...compileActivityScan(scan, compileCtx) });
      };
      const [viaPager, viaRaw] = await measurePair(pager(cluster, heavyId), raw);
      const [grouped, ungrouped] = await measurePair(pager(cluster, heavyId), scansAlone(cluster, scans));
      const embeddedScans = await recordScans(embedded, heavyId);
      const [embeddedGrouped, embeddedUngrouped] = await measurePair(
        pager(embedded, heavyId),
        scansAlone(embedded, embeddedScans),
      );
      const [light, heavy] = await measurePair(pager(cluster, lightId), pager(cluster, heavyId));
      const [embeddedLight, embeddedHeavy] = await measurePair(pager(embedded, lightId), pager(embedded, heavyId));
      return [
        figure('first Sessions page, heaviest client (cluster)', viaPager, 'raw client, same scan DSL', viaRaw, {
          target: { maxRatio: 1.2, plusMs: 30 },
        }),
        figure('with session grouping (cluster)', grouped, 'the same scans without grouping', ungrouped, {
          target: { maxRatio: 1, plusMs: 20 },
        }),
        figure(
          'with session grouping (embedded)',
          embeddedGrouped,
          'the same scans without grouping',
          embeddedUngrouped,
          { target: { maxRatio: 1, plusMs: 20 } },
        ),
        figure('first Sessions page, heaviest client (cluster)', heavy, 'a client of median activity', light, {
          note: 'a heavy history pages about as fast as a light one',
        }),
        figure(
          'first Sessions page, heaviest client (embedded)',
          embeddedHeavy,
          'a client of median activity',
          embeddedLight,
          {
            note: 'a heavy history pages about as fast as a light one',
          },
        ),
      ];
    } finally {
      await cluster.close();
      await embedded.close();
    }
  },
});
