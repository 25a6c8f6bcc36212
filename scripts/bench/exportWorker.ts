/**
 * One export of the benchmark dataset, in its own process so that its memory is its own. Reads an
 * ExportWorkerRequest as JSON on stdin, prints an ExportWorkerResult as JSON on stdout. Modes:
 * `console-ndjson` and `console-bundle` (the console's export engine: the Elasticsearch source, scope,
 * redaction, hashing and signing, the temporary file renamed at the end), `raw-ndjson` (the official
 * client's point-in-time loop writing each hit's _source as a line) and `verify` (the bundle verifier).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';
import type { estypes } from '@elastic/elasticsearch';
import { verifyBundle } from '../../src/main/export/bundle/verifyBundle';
import { ExportProgress } from '../../src/main/export/ExportProgress';
import { DEFAULT_EXPORT_PAGE_SIZE, runExport } from '../../src/main/export/runExport';
import { BundleSignerSource } from '../../src/main/export/signing/bundleKey';
import { FileBundleKeyStore } from '../../src/main/export/signing/BundleKeyStore';
import {
  createElasticsearchClient,
  type ElasticsearchConnection,
} from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import { openDevClusterSource } from '../dev/devConnection';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';
import { LogQuery } from '../../src/shared/query/logQuery';

export type ExportWorkerMode = 'console-ndjson' | 'console-bundle' | 'raw-ndjson' | 'verify';

export interface ExportWorkerRequest {
  mode: ExportWorkerMode;
  connection: ElasticsearchConnection;
  patterns: IndexPatterns;
  /** The file to write (or, for verify, to check). */
  path: string;
  /** Fingerprint the verifier trusts (the one the bundle run reported). */
  trust?: string;
}

export interface ExportWorkerResult {
  rows: number;
  bytes: number;
  elapsedMs: number;
  /** Resident memory once everything is loaded and connected, before the work starts. */
  idleRssMb: number;
  /** Peak resident memory during the work, sampled every 20 ms. */
  peakRssMb: number;
  /** CPU time this process spent on the work (user and system), seconds. */
  cpuSeconds: number;
  verdict?: string;
  fingerprint?: string | null;
}

const MB = 1024 * 1024;

/** Both families, newest first as the grid sorts: the whole dataset. */
const QUERIES = [LogQuery.parse({ family: 'operational' }), LogQuery.parse({ family: 'activity' })];

async function consoleExport(request: ExportWorkerRequest, format: 'ndjson' | 'bundle', started: () => void) {
  const cluster = await openDevClusterSource(request.connection, {
    indexPatterns: request.patterns,
    requestTimeoutMs: 120_000,
  });
  const source = cluster.source;
  const keyDir = await mkdtemp(join(tmpdir(), 'bench-bundle-key-'));
  const keys = new BundleSignerSource(new FileBundleKeyStore(join(keyDir, 'key.pem')));
  await keys.get();
  await source.describe();
  try {
    started();
    const outcome = await runExport(
      {
        format,
        queries: QUERIES,
        target: { directory: dirname(request.path), fileName: basename(request.path), replace: true },
        purpose: 'benchmark',
        timeZone: 'UTC',
      },
      {
        source,
        operator: { id: 'bench', name: 'Benchmark', role: 'investigator', scope: null },
        signal: new AbortController().signal,
        console: { name: 'Audit Console', version: 'bench' },
        signer: () => keys.get(),
        progress: new ExportProgress(),
        pageSize: DEFAULT_EXPORT_PAGE_SIZE,
      },
    );
    return { rows: outcome.rows, bytes: outcome.bytes, fingerprint: outcome.signerFingerprint };
  } finally {
    await cluster.close();
    await rm(keyDir, { recursive: true, force: true });
  }
}

/** What a careful engineer writes with the client alone: a point-in-time, search_after, one line per hit. */
async function rawExport(request: ExportWorkerRequest, started: () => void) {
  const client = createElasticsearchClient({ ...request.connection, requestTimeoutMs: 120_000 });
  const out = createWriteStream(request.path);
  let rows = 0;
  try {
    await client.info().catch(() => undefined);
    started();
    for (const [pattern, timeField] of [
      [request.patterns.operational, 'created'],
      [request.patterns.activity, 'createdAt'],
    ] as const) {
      let pit = (await client.openPointInTime({ index: pattern, keep_alive: '5m' })).id;
      let after: estypes.SortResults | undefined;
      for (;;) {
        const response = await client.search({
          size: DEFAULT_EXPORT_PAGE_SIZE,
          pit: { id: pit, keep_alive: '5m' },
          sort: [{ [timeField]: { order: 'desc' } }, { id: { order: 'desc' } }],
          track_total_hits: false,
          ...(after ? { search_after: after } : {}),
        });
        pit = response.pit_id ?? pit;
        const hits = response.hits.hits;
        if (hits.length === 0) break;
        const chunk = `${hits.map((hit) => JSON.stringify(hit._source)).join('\n')}\n`;
        rows += hits.length;
        if (!out.write(chunk)) await once(out, 'drain');
        after = hits.at(-1)?.sort;
      }
      await client.closePointInTime({ id: pit });
    }
    out.end();
    await once(out, 'finish');
    return { rows, bytes: out.bytesWritten };
  } finally {
    out.destroy();
    await client.close();
  }
}

async function verify(request: ExportWorkerRequest, started: () => void) {
  started();
  const verdict = await verifyBundle(request.path, { trusted: new Map([[request.trust ?? '', 'the benchmark key']]) });
  return { rows: verdict.records ?? 0, bytes: verdict.bytes, verdict: verdict.verdict };
}

async function main(): Promise<void> {
  const request = JSON.parse(await text(process.stdin)) as ExportWorkerRequest;
  let idle = 0;
  let peak = 0;
  let startedAt = 0;
  let cpuAtStart = process.cpuUsage();
  const sampler = setInterval(() => {
    if (startedAt > 0) peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = () => {
    idle = process.memoryUsage.rss();
    peak = idle;
    cpuAtStart = process.cpuUsage();
    startedAt = performance.now();
  };
  try {
    const work =
      request.mode === 'console-ndjson'
        ? await consoleExport(request, 'ndjson', started)
        : request.mode === 'console-bundle'
          ? await consoleExport(request, 'bundle', started)
          : request.mode === 'raw-ndjson'
            ? await rawExport(request, started)
            : await verify(request, started);
    const elapsedMs = performance.now() - startedAt;
    const cpu = process.cpuUsage(cpuAtStart);
    peak = Math.max(peak, process.memoryUsage.rss());
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const result: ExportWorkerResult = { ...work, elapsedMs, idleRssMb: idle / MB, peakRssMb: peak / MB, cpuSeconds };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    clearInterval(sampler);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
