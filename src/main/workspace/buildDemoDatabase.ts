import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DemoDatasetSpec } from './demoDatasetSpec';
import type { WorkspaceProgress } from './DemoWorkspaceStatus';
import { runDemoBuildWorker } from './runDemoBuildWorker';
import type { WorkspaceMeta } from './workspaceMeta';
import { errnoCode } from '../files/errnoCode';

export type { DemoDatasetSpec } from './demoDatasetSpec';

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
 * workspace; what is left of a failed build is removed. The generating and writing run in a worker
 * thread (the main thread only waits, and hears progress), which has exited, its file closed, before
 * the file is renamed or removed.
 */
export async function buildDemoDatabase(
  path: string,
  spec: DemoDatasetSpec,
  options: BuildOptions = {},
): Promise<WorkspaceMeta> {
  const temporary = buildingPath(path, process.pid);
  await removeAbandonedBuilds(path);
  try {
    const meta = await runDemoBuildWorker(
      { path: temporary, spec, createdAt: (options.now?.() ?? new Date()).toISOString() },
      {
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    await rename(temporary, path);
    return meta;
  } catch (error) {
    await removeDatabaseFiles(temporary);
    throw error;
  }
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
    return errnoCode(error) === 'EPERM';
  }
}

/** Removes a database file and its write-ahead log, if there are any. */
export async function removeDatabaseFiles(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}
