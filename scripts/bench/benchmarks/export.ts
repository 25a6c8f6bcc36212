/**
 * Exporting the whole benchmark dataset (~1.13M rows, both families, newest first) to NDJSON and to a
 * signed bundle with the console's export engine, against the official client's point-in-time loop
 * writing the same NDJSON file and against elasticdump (from npm, through a relay that answers the
 * version probe the integ-test-zip node refuses), run after run, alternating. Then the verifier on the
 * bundle. Targets: at least 0.8x the raw loop and 2x elasticdump, peak memory under 300 MB above the
 * idle process, verify at 100 MB/s or more.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerBenchmark, type BenchContext, type Figure } from '../benchmark';
import { startElasticdumpRelay } from '../elasticdumpRelay';
import type { ExportWorkerMode, ExportWorkerRequest, ExportWorkerResult } from '../exportWorker';

const WORKER = fileURLToPath(new URL('../exportWorker.ts', import.meta.url));
const ELASTICDUMP = fileURLToPath(new URL('../../../node_modules/elasticdump/bin/elasticdump', import.meta.url));
const ROUNDS = Number(process.env['BENCH_EXPORT_ROUNDS'] ?? 2);

function runChild(command: string, args: string[], label: string, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${args[0] ?? command} failed (exit ${code}): ${stderr.trim().slice(-500)}`)),
    );
    child.stdin.end(input ?? '');
  });
}

async function worker(
  ctx: BenchContext,
  mode: ExportWorkerMode,
  path: string,
  trust?: string,
): Promise<ExportWorkerResult> {
  const request: ExportWorkerRequest = {
    mode,
    connection: ctx.connection,
    patterns: ctx.dataset.patterns,
    path,
    ...(trust ? { trust } : {}),
  };
  // Same runtime flags as this process: under tsx the child loads TypeScript the same way.
  const result = JSON.parse(
    await runChild(process.execPath, [...process.execArgv, WORKER], mode, JSON.stringify(request)),
  ) as ExportWorkerResult;
  const rate = Math.round((result.rows * 1000) / result.elapsedMs).toLocaleString('en');
  ctx.log(
    `  ${mode}: ${result.rows.toLocaleString('en')} rows, ${(result.bytes / 1024 / 1024).toFixed(0)} MB in ${(result.elapsedMs / 1000).toFixed(1)} s (${rate}/s), peak RSS ${result.peakRssMb.toFixed(0)} MB, ${(result.peakRssMb - result.idleRssMb).toFixed(0)} MB above idle, ${result.cpuSeconds.toFixed(0)} s CPU`,
  );
  return result;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (let at = (chunk as Buffer).indexOf(10); at !== -1; at = (chunk as Buffer).indexOf(10, at + 1)) lines += 1;
  }
  return lines;
}

async function elasticdump(ctx: BenchContext, relayUrl: string, path: string): Promise<ExportWorkerResult> {
  const { operational, activity } = ctx.dataset.patterns;
  const started = performance.now();
  await runChild(
    process.execPath,
    [
      ELASTICDUMP,
      `--input=${relayUrl}/${operational},${activity}`,
      `--output=${path}`,
      '--type=data',
      '--sourceOnly',
      '--limit=5000',
      '--quiet',
    ],
    'elasticdump',
  );
  const elapsedMs = performance.now() - started;
  const result = {
    rows: await countLines(path),
    bytes: (await stat(path)).size,
    elapsedMs,
    idleRssMb: 0,
    peakRssMb: 0,
    cpuSeconds: 0,
  };
  ctx.log(
    `  elasticdump: ${result.rows.toLocaleString('en')} rows in ${(elapsedMs / 1000).toFixed(1)} s (${Math.round((result.rows * 1000) / elapsedMs).toLocaleString('en')}/s)`,
  );
  return result;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(middle)] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const rate = (result: ExportWorkerResult) => (result.rows * 1000) / result.elapsedMs;
const aboveIdle = (result: ExportWorkerResult) => result.peakRssMb - result.idleRssMb;

registerBenchmark({
  name: 'export.bulk',
  description:
    'The whole dataset to NDJSON and to a bundle: console export engine vs the raw client point-in-time loop vs elasticdump, alternating; then verify',
  async run(ctx) {
    const dir = await mkdtemp(join(tmpdir(), 'bench-export-'));
    const relay = await startElasticdumpRelay(ctx.connection, ctx.client);
    const runs = {
      ndjson: [] as ExportWorkerResult[],
      bundle: [] as ExportWorkerResult[],
      raw: [] as ExportWorkerResult[],
      dump: [] as ExportWorkerResult[],
      verify: [] as ExportWorkerResult[],
    };
    try {
      for (let round = 1; round <= ROUNDS; round += 1) {
        ctx.log(`  round ${round} of ${ROUNDS}`);
        const file = (name: string) => join(dir, `round-${round}-${name}`);
        runs.ndjson.push(await worker(ctx, 'console-ndjson', file('console.ndjson')));
        await rm(file('console.ndjson'), { force: true });
        runs.raw.push(await worker(ctx, 'raw-ndjson', file('raw.ndjson')));
        await rm(file('raw.ndjson'), { force: true });
        runs.dump.push(await elasticdump(ctx, relay.url, file('elasticdump.ndjson')));
        await rm(file('elasticdump.ndjson'), { force: true });
        const bundle = await worker(ctx, 'console-bundle', file('bundle.acbundle'));
        runs.bundle.push(bundle);
        const verified = await worker(ctx, 'verify', file('bundle.acbundle'), bundle.fingerprint ?? undefined);
        if (verified.verdict !== 'intact')
          throw new Error(`The benchmark bundle verified as ${verified.verdict ?? '?'}`);
        runs.verify.push(verified);
        await rm(file('bundle.acbundle'), { force: true });
      }
    } finally {
      await relay.close();
      await rm(dir, { recursive: true, force: true });
    }
    const expected = ctx.dataset.counts.operational + ctx.dataset.counts.activity;
    for (const result of [...runs.ndjson, ...runs.raw, ...runs.dump, ...runs.bundle]) {
      if (result.rows !== expected)
        throw new Error(`An export wrote ${result.rows} rows, not the ${expected} of the dataset`);
    }
    const rows = (list: ExportWorkerResult[]) => median(list.map(rate));
    const raw = { name: 'raw client PIT loop, same NDJSON file', value: rows(runs.raw) };
    const dump = { name: 'elasticdump (scroll, --limit 5000, --sourceOnly)', value: rows(runs.dump) };
    const note = `${expected.toLocaleString('en')} rows, ${ROUNDS} alternating runs each (median)`;
    const throughput = (name: string, list: ExportWorkerResult[], peer: Figure['peer'], minRatio: number): Figure => ({
      name,
      unit: 'rows/s',
      value: rows(list),
      runs: list.length,
      ...(peer ? { peer } : {}),
      target: { minRatio },
      note,
    });
    const verifyRate = median(runs.verify.map((result) => result.bytes / 1024 / 1024 / (result.elapsedMs / 1000)));
    return [
      throughput('NDJSON export, console engine', runs.ndjson, raw, 0.8),
      throughput('NDJSON export, console engine', runs.ndjson, dump, 2),
      throughput('bundle export, console engine', runs.bundle, raw, 0.8),
      throughput('bundle export, console engine', runs.bundle, dump, 2),
      {
        name: 'peak memory above idle, NDJSON export',
        unit: 'MB',
        value: Math.max(...runs.ndjson.map(aboveIdle)),
        peer: { name: 'raw client PIT loop', value: Math.max(...runs.raw.map(aboveIdle)) },
        target: { atMost: 300 },
        note: 'worst run; RSS sampled every 20 ms in the export process',
      },
      {
        name: 'peak memory above idle, bundle export',
        unit: 'MB',
        value: Math.max(...runs.bundle.map(aboveIdle)),
        target: { atMost: 300 },
        note: 'worst run; RSS sampled every 20 ms in the export process',
      },
      {
        name: 'verify of the bundle',
        unit: 'MB/s',
        value: verifyRate,
        runs: runs.verify.length,
        target: { atLeast: 100 },
        note: `${((runs.verify[0]?.bytes ?? 0) / 1024 / 1024).toFixed(0)} MB bundle, every file and record hash, signature and counts`,
      },
    ];
  },
});
