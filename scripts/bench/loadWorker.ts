/**
 * One load of the benchmark's generated documents, in its own process so its peak RSS and heap growth
 * are its own. Reads a LoadWorkerRequest as JSON on stdin, prints a LoadWorkerResult as JSON on stdout.
 * Modes: `generate` (the generator alone), `serialize` (generator plus the bulk lines the loader
 * builds), `loader` (loadDataset) and `peer` (the official client's `helpers.bulk`).
 */
import { text } from 'node:stream/consumers';
import { addToBatch, emptyBatch } from '../seed/bulkBatch';
import type { DatasetOptionsInput } from '../../src/main/demoData/datasetOptions';
import { generateDataset } from '../../src/main/demoData/generateDataset';
import { loadDataset } from '../seed/loadDataset';
import type { SeedDocument } from '../../src/main/demoData/seedDocument';
import { verifyIndexedCounts } from '../seed/verifyIndexedCounts';
import {
  createElasticsearchClient,
  type ElasticsearchConnection,
} from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';
import { monthlyIndexName } from '../seed/monthlyIndexName';

export type LoadWorkerMode = 'generate' | 'serialize' | 'loader' | 'peer';

export interface LoadWorkerRequest {
  mode: LoadWorkerMode;
  dataset: DatasetOptionsInput;
  connection?: ElasticsearchConnection;
  /** Scratch indices with the templates already installed (loader and peer only). */
  patterns?: IndexPatterns;
}

export interface LoadWorkerResult {
  documents: number;
  elapsedMs: number;
  docsPerSecond: number;
  /** Peak resident set of the whole process (including the runtime and tsx), MB. */
  peakRssMb: number;
  /** Peak V8 heap used above what it was before the work started, MB. */
  heapGrowthMb: number;
}

const MB = 1024 * 1024;

function timeOf(item: SeedDocument): string {
  return item.family === 'operational' ? item.doc.created : item.doc.createdAt;
}

async function* asynchronously<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Runs the work and returns how many documents it handled. */
async function work(request: LoadWorkerRequest): Promise<number> {
  const documents = generateDataset(request.dataset);
  if (request.mode === 'generate' || request.mode === 'serialize') {
    let count = 0;
    let batch = emptyBatch();
    for (const item of documents) {
      count++;
      if (request.mode === 'generate') continue;
      addToBatch(batch, 'bench-load-serialize-2025.01', item.doc.id, item.family, item.doc);
      if (batch.entries.length >= 5_000) batch = emptyBatch();
    }
    return count;
  }
  const { connection, patterns } = request;
  if (!connection || !patterns) throw new Error(`The ${request.mode} mode needs a connection and scratch patterns`);
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    if (request.mode === 'loader') {
      const result = await loadDataset(client, documents, { patterns });
      return result.generated.operational + result.generated.activity;
    }
    const sent = { operational: 0, activity: 0 };
    const dropped: string[] = [];
    const stats = await client.helpers.bulk<SeedDocument>({
      datasource: asynchronously(documents),
      onDocument: (item) => {
        sent[item.family]++;
        return [
          { index: { _index: monthlyIndexName(patterns[item.family], timeOf(item)), _id: item.doc.id } },
          item.doc,
        ];
      },
      onDrop: (drop) => dropped.push(`${drop.status}: ${drop.error?.reason ?? 'no reason'}`),
      refreshOnCompletion: `${patterns.operational},${patterns.activity}`,
    });
    if (dropped.length > 0) throw new Error(`helpers.bulk dropped ${dropped.length} documents, e.g. ${dropped[0]}`);
    await verifyIndexedCounts(client, patterns, sent);
    return stats.successful;
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  const request = JSON.parse(await text(process.stdin)) as LoadWorkerRequest;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 100);
  const started = performance.now();
  try {
    const documents = await work(request);
    const elapsedMs = performance.now() - started;
    const result: LoadWorkerResult = {
      documents,
      elapsedMs,
      docsPerSecond: (documents * 1000) / elapsedMs,
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
      heapGrowthMb: (Math.max(heapPeak, process.memoryUsage().heapUsed) - heapBefore) / MB,
    };
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
