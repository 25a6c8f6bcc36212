import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ConsoleError } from '../../shared/contract/errors';
import { EMBEDDED_SCHEMA } from '../sources/embedded/embeddedSchema';
import { loadDocuments, orderTablesByTime, type LogDocument } from '../sources/embedded/loadDocuments';
import { openEmbeddedDatabase } from '../sources/embedded/openEmbeddedDatabase';
import { generateDataset, GENERATOR_VERSION } from '../demoData/generateDataset';
import type { DemoDatasetSpec } from './demoDatasetSpec';
import type { WorkspaceProgress } from './DemoWorkspaceStatus';
import { writeWorkspaceMeta, type WorkspaceMeta } from './workspaceMeta';

const DAY_MS = 86_400_000;

export interface WriteOptions {
  /** ISO instant recorded as the workspace's creation. */
  createdAt: string;
  onProgress?: (progress: WorkspaceProgress) => void;
  signal?: AbortSignal;
}

/**
 * Generates the demo dataset into a new DuckDB file at `path` and checkpoints it: the CPU-heavy part
 * of a build, run in the build worker. A cancel interrupts the statement under way, so the build stops
 * promptly even in a long sort. The file is closed on return and on failure; what to do with it
 * (rename into place, or remove) is the caller's.
 */
export async function writeDemoDatabase(
  path: string,
  spec: DemoDatasetSpec,
  options: WriteOptions,
): Promise<WorkspaceMeta> {
  stopIfCancelled(options.signal);
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  const interrupt = () => connection?.interrupt();
  options.signal?.addEventListener('abort', interrupt, { once: true });
  try {
    instance = await openEmbeddedDatabase(path);
    connection = await instance.connect();
    const meta = await fill(connection, spec, options);
    stopIfCancelled(options.signal);
    await connection.run('CHECKPOINT');
    return meta;
  } catch (error) {
    // An interrupted statement fails with DuckDB's own words; the build was cancelled.
    stopIfCancelled(options.signal);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', interrupt);
    connection?.closeSync();
    instance?.closeSync();
  }
}

async function fill(
  connection: DuckDBConnection,
  spec: DemoDatasetSpec,
  options: WriteOptions,
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
  stopIfCancelled(options.signal);
  report({ phase: 'ordering', done: 0, total: 1, events });
  await orderTablesByTime(connection);
  stopIfCancelled(options.signal);
  report({ phase: 'saving', done: 0, total: 1, events });
  const meta: WorkspaceMeta = {
    schemaVersion: EMBEDDED_SCHEMA.version,
    label: 'demo',
    createdAt: options.createdAt,
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

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ConsoleError('CANCELLED', 'Creating the demo workspace was cancelled.');
}
