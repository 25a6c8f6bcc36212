/**
 * npm run bench: ensures the local cluster (or ES_URL), the cached ~1M-document dataset, runs every
 * registered benchmark, writes bench/results/<timestamp>.json and prints each figure against its peer.
 * A missed target is reported, not fatal: the numbers are what matter.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createElasticsearchClient } from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ensureElasticsearch } from '../elasticsearch/connection';
import { repoRoot } from '../elasticsearch/paths';
import { registeredBenchmarks, type BenchContext } from './benchmark';
import './benchmarks/firstPage';
import './benchmarks/deepPage';
import './benchmarks/textSearch';
import './benchmarks/clientSessions';
import './benchmarks/diffFilter';
import './embeddedBenchmarks';
import './benchmarks/load';
import './benchmarks/export';
import { ensureBenchDataset } from './ensureBenchDataset';
import { formatResultsTable, type BenchmarkOutcome } from './formatResultsTable';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const startedAt = new Date();
  const only = process.argv.slice(2);
  const known = new Set(registeredBenchmarks().map((benchmark) => benchmark.name));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`No benchmark is named ${unknown.join(', ')}. The benchmarks are: ${[...known].join(', ')}.`);
  }
  const local = await ensureElasticsearch({ log });
  const connection = {
    url: local.url,
    ...(local.username ? { username: local.username, password: local.password ?? '' } : {}),
    ...(local.apiKey ? { apiKey: local.apiKey } : {}),
    requestTimeoutMs: 120_000,
  };
  const client = createElasticsearchClient(connection);
  try {
    const dataset = await ensureBenchDataset(client, log);
    const ctx: BenchContext = { connection, client, dataset, log };
    const outcomes: BenchmarkOutcome[] = [];
    for (const benchmark of registeredBenchmarks()) {
      if (only.length > 0 && !only.includes(benchmark.name)) continue;
      log(`Running ${benchmark.name}: ${benchmark.description}`);
      try {
        outcomes.push({ name: benchmark.name, description: benchmark.description, figures: await benchmark.run(ctx) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`  failed: ${message}`);
        outcomes.push({ name: benchmark.name, description: benchmark.description, figures: [], error: message });
      }
    }
    const file = writeResults(startedAt, { cluster: local.url, version: local.version ?? null, dataset, outcomes });
    log('');
    log(formatResultsTable(outcomes));
    log('');
    log(`Results written to ${file}`);
  } finally {
    await client.close();
  }
}

function writeResults(startedAt: Date, body: Record<string, unknown>): string {
  const directory = join(repoRoot, 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    node: process.version,
    platform: process.platform,
  };
  writeFileSync(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, ...body }, null, 2)}\n`);
  return file;
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
