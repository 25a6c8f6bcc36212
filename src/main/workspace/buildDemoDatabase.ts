import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { EMBEDDED_SCHEMA } from '../sources/embedded/embeddedSchema';
import { loadDocuments, orderTablesByTime, type LogDocument } from '../sources/embedded/loadDocuments';
import { openEmbeddedDatabase } from '../sources/embedded/openEmbeddedDatabase';
import { generateDataset, GENERATOR_VERSION } from '../seeding/generateDataset';
import type { WorkspaceProgress } from './DemoWorkspaceStatus';
import { writeWorkspaceMeta, type WorkspaceMeta } from './workspaceMeta';

const DAY_MS = 86_400_000;

/** What the demo data is generated from; the same spec always gives the same documents. */
export interface DemoDatasetSpec {
  clients: number;
  days: number;
  seed: string;
  /** Last UTC day covered, `YYYY-MM-DD`. */
  endDate: string;
}

export interface BuildOptions {
  onProgress?: (progress: WorkspaceProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * Where this process writes a build before it is complete; a file under such a name is never opened as
 * a workspace. The process id keeps two consoles starting at once (desktop and browser mode) apart.
 */
const buildingPath = (path: string, pid: number) => `${path}.${pid}.building`;

/**
 * Generates the demo dataset into a new DuckDB file beside `path` and renames it to `path` only once it
 * is complete and checkpointed, so a half-built workspace (crash, full disk, cancel) never looks like a
 * workspace; what is left of a failed build is removed.
 */
export async function buildDemoDatabase(
  path: string,
  spec: DemoDatasetSpec,
  options: BuildOptions = {},
): Promise<WorkspaceMeta> {
  const temporary = buildingPath(path, process.pid);
  await removeAbandonedBuilds(path);
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  try {
    instance = await openEmbeddedDatabase(temporary);
    connection = await instance.connect();
    const meta = await fill(connection, spec, options);
    await connection.run('CHECKPOINT');
    connection.closeSync();
    connection = undefined;
    instance.closeSync();
    instance = undefined;
    await rename(temporary, path);
    return meta;
  } catch (error) {
    connection?.closeSync();
    instance?.closeSync();
    await removeDatabaseFiles(temporary);
    throw error;
  }
}

async function fill(
  connection: DuckDBConnection,
  spec: DemoDatasetSpec,
  options: BuildOptions,
): Promise<WorkspaceMeta> {
  const report = options.onProgress ?? (() => undefined);
  const startMs = Date.parse(`${spec.endDate}T00:00:00.000Z`) + DAY_MS - spec.days * DAY_MS;
  let lastMs = startMs;
  function* documents(): Generator<LogDocument> {
    for (const item of generateDataset({
      clients: spec.clients,
      days: spec.days,
      seed: spec.seed,
      endDate: spec.endDate,
    })) {
      lastMs = Date.parse(item.family === 'operational' ? item.doc.created : item.doc.createdAt);
      yield item.doc;
    }
  }
  for (const statement of EMBEDDED_SCHEMA.ddl) await connection.run(statement);
  report({ phase: 'generating', done: 0, total: spec.days, events: 0 });
  const counts = await loadDocuments(connection, documents(), {
    ...(options.signal ? { signal: options.signal } : {}),
    progressEvery: 1_000,
    onProgress: (events) => {
      const done = Math.min(spec.days, Math.max(0, Math.floor((lastMs - startMs) / DAY_MS)));
      report({ phase: 'generating', done, total: spec.days, events });
    },
  });
  const events = counts.operational + counts.activity;
  report({ phase: 'ordering', done: 0, total: 1, events });
  await orderTablesByTime(connection);
  report({ phase: 'saving', done: 0, total: 1, events });
  const meta: WorkspaceMeta = {
    schemaVersion: EMBEDDED_SCHEMA.version,
    label: 'demo',
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    seed: spec.seed,
    clients: spec.clients,
    days: spec.days,
    endDate: spec.endDate,
    generatorVersion: GENERATOR_VERSION,
    operationalCount: counts.operational,
    activityCount: counts.activity,
  };
  await writeWorkspaceMeta(connection, meta);
  return meta;
}

/** Removes what builds of dead processes (or an earlier build of this one) left beside `path`. */
async function removeAbandonedBuilds(path: string): Promise<void> {
  const name = basename(path);
  for (const entry of await readdir(dirname(path))) {
    if (!entry.startsWith(`${name}.`)) continue;
    const pid = /^\.(\d+)\.building(?:\.wal)?$/.exec(entry.slice(name.length))?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(dirname(path), entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a database file and its write-ahead log, if there are any. */
export async function removeDatabaseFiles(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}
