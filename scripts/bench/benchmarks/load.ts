/**
 * The bulk loader on the benchmark's ~1M generated documents, against the official client's
 * `helpers.bulk` loading the same documents into scratch indices made from the same templates. Each
 * load runs in its own process (peak RSS is per process); the generator and the bulk-line
 * serialization are also timed alone, to tell client-side cost from the cluster's.
 * Target: at least 20,000 documents/s for the loader.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Client } from '@elastic/elasticsearch';
import { deleteIndices } from '../../seed/deleteIndices';
import { indexTemplateName, type IndexPatterns } from '../../../src/main/sources/elasticsearch/indexTemplates';
import { installIndexTemplates } from '../../seed/installIndexTemplates';
import { registerBenchmark, type BenchContext, type Figure } from '../benchmark';
import { BENCH_DATASET } from '../ensureBenchDataset';
import type { LoadWorkerMode, LoadWorkerRequest, LoadWorkerResult } from '../loadWorker';

const WORKER = fileURLToPath(new URL('../loadWorker.ts', import.meta.url));
const TARGET_DOCS_PER_SECOND = 20_000;

/** Scratch indices per loader: never the cached bench dataset (bench-crm-*) nor the tests' (it-*). */
function scratchPatterns(name: 'loader' | 'peer'): IndexPatterns {
  return { operational: `bench-load-${name}-operational-*`, activity: `bench-load-${name}-activity-*` };
}

function runWorker(request: LoadWorkerRequest): Promise<LoadWorkerResult> {
  return new Promise((resolve, reject) => {
    // Same runtime flags as this process: under tsx the child loads TypeScript the same way.
    const child = spawn(process.execPath, [...process.execArgv, WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The ${request.mode} worker failed (exit ${code}): ${stderr.trim()}`));
      else resolve(JSON.parse(stdout) as LoadWorkerResult);
    });
    child.stdin.end(JSON.stringify(request));
  });
}

async function dropScratch(client: Client, patterns: IndexPatterns): Promise<void> {
  await deleteIndices(client, patterns);
  for (const pattern of [patterns.operational, patterns.activity]) {
    await client.indices.deleteIndexTemplate({ name: indexTemplateName(pattern) }, { ignore: [404] });
  }
}

async function timedLoad(ctx: BenchContext, mode: 'loader' | 'peer'): Promise<LoadWorkerResult> {
  const patterns = scratchPatterns(mode);
  await dropScratch(ctx.client, patterns);
  await installIndexTemplates(ctx.client, patterns);
  try {
    const result = await runWorker({ mode, dataset: BENCH_DATASET, connection: ctx.connection, patterns });
    ctx.log(`  ${mode}: ${describe(result)}`);
    return result;
  } finally {
    await dropScratch(ctx.client, patterns);
  }
}

async function timedGeneration(ctx: BenchContext, mode: LoadWorkerMode): Promise<LoadWorkerResult> {
  const result = await runWorker({ mode, dataset: BENCH_DATASET });
  ctx.log(`  ${mode} alone: ${describe(result)}`);
  return result;
}

function describe(result: LoadWorkerResult): string {
  return (
    `${result.documents.toLocaleString('en')} documents in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
    `(${Math.round(result.docsPerSecond).toLocaleString('en')}/s), peak RSS ${result.peakRssMb.toFixed(0)} MB, ` +
    `heap growth ${result.heapGrowthMb.toFixed(0)} MB`
  );
}

registerBenchmark({
  name: 'load.bulk',
  description: 'Loading ~1M generated documents: the seeding loader vs the client’s helpers.bulk, same templates',
  async run(ctx) {
    const generated = await timedGeneration(ctx, 'generate');
    const serialized = await timedGeneration(ctx, 'serialize');
    const loader = await timedLoad(ctx, 'loader');
    const peer = await timedLoad(ctx, 'peer');
    const peerName = 'helpers.bulk (defaults: 5 MB, 5 in flight)';
    const documents = `${loader.documents.toLocaleString('en')} documents`;
    return [
      {
        name: 'load rate, loadDataset',
        unit: 'docs/s',
        value: loader.docsPerSecond,
        peer: { name: peerName, value: peer.docsPerSecond },
        target: { atLeast: TARGET_DOCS_PER_SECOND },
        note: `${documents}, counts verified; generation alone ${Math.round(generated.docsPerSecond)}/s`,
      },
      {
        name: 'generator + bulk lines alone',
        unit: 'docs/s',
        value: serialized.docsPerSecond,
        peer: { name: 'generator alone', value: generated.docsPerSecond },
        note: 'the client-side ceiling: no cluster involved',
      },
      memoryFigure('peak RSS, loadDataset', loader.peakRssMb, peerName, peer.peakRssMb),
      memoryFigure('heap growth, loadDataset', loader.heapGrowthMb, peerName, peer.heapGrowthMb),
    ];
  },
});

function memoryFigure(name: string, value: number, peerName: string, peer: number): Figure {
  return { name, unit: 'MB', value, peer: { name: peerName, value: peer }, note: 'whole worker process' };
}
