import { randomUUID } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeFolder } from '../files/makeFolder';
import { errnoCode } from '../files/errnoCode';

/**
 * The embedded stores of reopened bundles, one `<uuid>.duckdb` each under the data folder, with a
 * `<uuid>.duckdb.owner` file naming the process that uses it. A crash leaves a store behind; the next
 * start removes every store whose owner is gone, and leaves alone those another running console uses.
 */
const STORE = /^(.+\.duckdb)(\.wal|\.owner)?$/;

export function bundleStoresDir(dataDir: string): string {
  return join(dataDir, 'open-bundles');
}

/** A new store's path, claimed for this process before the store is written. */
export async function claimBundleStore(dir: string): Promise<string> {
  await makeFolder(dir);
  const storePath = join(dir, `${randomUUID()}.duckdb`);
  await writeFile(`${storePath}.owner`, String(process.pid), { flag: 'wx' });
  return storePath;
}

/** Removes a store, its write-ahead log and its owner file. */
export async function releaseBundleStore(storePath: string): Promise<void> {
  await rm(storePath, { force: true });
  await rm(`${storePath}.wal`, { force: true });
  await rm(`${storePath}.owner`, { force: true });
}

/** Whether a process of this id runs (a signal-0 probe: EPERM means it runs as another user). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

async function ownerRuns(storePath: string, runs: (pid: number) => boolean): Promise<boolean> {
  const text = await readFile(`${storePath}.owner`, 'utf8').catch(() => null);
  const pid = text === null ? NaN : Number(text.trim());
  return Number.isInteger(pid) && pid > 0 && runs(pid);
}

/**
 * Removes the stores left by consoles that are no longer running; returns the stores removed. A folder
 * that does not exist has none; a file that cannot be removed is left for the next start.
 */
export async function removeStaleBundleStores(
  dir: string,
  runs: (pid: number) => boolean = processRuns,
): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stores = new Set(names.flatMap((name) => STORE.exec(name)?.[1] ?? []));
  const removed: string[] = [];
  for (const store of stores) {
    const storePath = join(dir, store);
    if (await ownerRuns(storePath, runs)) continue;
    try {
      await releaseBundleStore(storePath);
      removed.push(store);
    } catch {
      // Left for the next start: a store that cannot be removed now harms nothing while unused.
    }
  }
  return removed.sort();
}
