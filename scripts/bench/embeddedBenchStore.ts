import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDED_SCHEMA } from '../../src/main/sources/embedded/embeddedSchema';
import { fillEmbeddedDatabase } from '../../src/main/sources/embedded/fillEmbeddedDatabase';
import type { LogDocument } from '../../src/main/sources/embedded/loadDocuments';
import { openEmbeddedDatabase } from '../../src/main/sources/embedded/openEmbeddedDatabase';
import type { DatasetOptionsInput } from '../../src/main/demoData/datasetOptions';
import { generateDataset } from '../../src/main/demoData/generateDataset';
import type { FamilyCounts } from '../../src/main/demoData/seedDocument';

export interface EmbeddedBenchStore {
  path: string;
  counts: FamilyCounts;
  reused: boolean;
  /** Generating, loading and ordering, when this run built the file. */
  buildSeconds: number | null;
}

/** Cached outside the repository, like the cluster's data, so a checkout stays small. */
export function benchCacheDirectory(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'audit-console', 'bench');
}

/**
 * The embedded copy of a benchmark dataset: the same generated documents the cluster holds, in a DuckDB
 * file named by the dataset's fingerprint and the embedded schema version, built once (into a temporary
 * file renamed on success) and reused while its row counts match.
 */
export async function ensureEmbeddedBenchStore(
  dataset: DatasetOptionsInput,
  fingerprint: string,
  log: (line: string) => void,
): Promise<EmbeddedBenchStore> {
  const directory = benchCacheDirectory();
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `embedded-v${EMBEDDED_SCHEMA.version}-${fingerprint}.duckdb`);
  if (existsSync(path)) {
    const counts = await countRows(path);
    log(`Reusing the embedded benchmark store ${path}`);
    return { path, counts, reused: true, buildSeconds: null };
  }
  removeOtherStores(directory, path, log);
  log(`Building the embedded benchmark store ${path} ...`);
  const started = performance.now();
  const temporary = `${path}.${process.pid}.building`;
  rmSync(temporary, { force: true });
  rmSync(`${temporary}.wal`, { force: true });
  const instance = await openEmbeddedDatabase(temporary);
  const connection = await instance.connect();
  try {
    const counts = await fillEmbeddedDatabase(connection, documentsOf(dataset), {
      progressEvery: 100_000,
      onProgress: (loaded) => log(`  loaded ${loaded.toLocaleString('en')} documents`),
    });
    await connection.run('CHECKPOINT');
    connection.closeSync();
    instance.closeSync();
    renameSync(temporary, path);
    const buildSeconds = (performance.now() - started) / 1000;
    log(`Built the embedded benchmark store in ${buildSeconds.toFixed(0)} s`);
    return { path, counts, reused: false, buildSeconds };
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
    throw error;
  }
}

/** Copies of datasets no longer benchmarked (another generator version or schema): 200 MB each. */
function removeOtherStores(directory: string, keep: string, log: (line: string) => void): void {
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (/^embedded-v\d+-[0-9a-f]+\.duckdb(\.wal)?$/.test(entry) && path !== keep) {
      log(`  removing the outdated embedded store ${path}`);
      rmSync(path, { force: true });
    }
  }
}

function* documentsOf(dataset: DatasetOptionsInput): Generator<LogDocument> {
  for (const item of generateDataset(dataset)) yield item.doc;
}

async function countRows(path: string): Promise<FamilyCounts> {
  const instance = await openEmbeddedDatabase(path, { readOnly: true });
  const connection = await instance.connect();
  try {
    const count = async (table: string) =>
      Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]?.[0] ?? 0);
    return {
      operational: await count(EMBEDDED_SCHEMA.tables.operational),
      activity: await count(EMBEDDED_SCHEMA.tables.activity),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
