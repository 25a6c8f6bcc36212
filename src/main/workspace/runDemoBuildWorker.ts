import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConsoleError } from '../../shared/contract/errors';
import { receivedError, type DemoBuildJob, type FromBuilder, type ToBuilder } from './demoBuildMessages';
import type { WorkspaceProgress } from './DemoWorkspaceStatus';
import type { WorkspaceMeta } from './workspaceMeta';

const WORKER = 'demoBuildWorker';

export interface WorkerRunOptions {
  onProgress?: (progress: WorkspaceProgress) => void;
  signal?: AbortSignal;
}

/**
 * Runs a build job in its own thread and settles when that thread has exited: with the meta written,
 * or with the error it failed with (a ConsoleError stays one). Aborting asks the thread to stop: it
 * interrupts the statement under way and closes its file, and the promise rejects with CANCELLED unless
 * the file was already complete. The thread is never terminated from here: stopping it while DuckDB
 * works in it aborts the whole process.
 */
export function runDemoBuildWorker(job: DemoBuildJob, options: WorkerRunOptions = {}): Promise<WorkspaceMeta> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise<WorkspaceMeta>((resolve, reject) => {
    const worker = startWorker(job);
    let outcome: { meta: WorkspaceMeta } | { error: Error } | null = null;
    const onAbort = () => worker.postMessage({ type: 'cancel' } satisfies ToBuilder);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: FromBuilder) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') outcome = { meta: message.meta };
      else outcome = { error: receivedError(message.error) };
    });
    worker.on('error', (error) => {
      outcome ??= { error };
    });
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (outcome && 'meta' in outcome) resolve(outcome.meta);
      else if (signal?.aborted) reject(cancelled());
      else reject(outcome?.error ?? new Error(`The demo workspace build stopped unexpectedly (exit code ${code}).`));
    });
  });
}

/**
 * Starts the worker from its entry beside this module. In the bundled main process that is the entry
 * electron.vite.config.ts emits next to index.js. Run from source (tsx, vitest) it is the TypeScript
 * file, imported through tsx's API: Node 20 does not apply loader hooks given to a worker's `--import`.
 */
function startWorker(job: DemoBuildJob): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const file = `./${WORKER}.js`;
    return new Worker(new URL(file, here), { workerData: job });
  }
  const file = `./${WORKER}.ts`;
  const entry = new URL(file, here).href;
  const tsx = tsxApi(here);
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}))`;
  return new Worker(boot, { eval: true, workerData: job });
}

/** tsx's ESM API (`tsx/esm/api` under the import condition, which `require.resolve` cannot name). */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = exports['./esm/api']?.import?.default;
  if (!entry) throw new Error('tsx has no ESM API to start the build worker from source.');
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

function cancelled(): ConsoleError {
  return new ConsoleError('CANCELLED', 'Creating the demo workspace was cancelled.');
}
