import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { isProcessAlive, sleep } from './exec';

/**
 * Runs `action` while holding an exclusive lock file, so that two starts at once (e.g. a dev
 * shell and a test run) do not both unpack or launch. A lock left by a dead process is taken over.
 */
export async function withLock<T>(lockFile: string, timeoutMs: number, action: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let unreadable = 0;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockFile);
    // An empty lock is normally one being written this instant; only a lasting one is stale.
    if (holder === undefined && unreadable++ < 10) {
      await sleep(100);
      continue;
    }
    if (holder === undefined || !isProcessAlive(holder)) {
      rmSync(lockFile, { force: true });
      unreadable = 0;
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Another Elasticsearch start (pid ${holder}) still holds ${lockFile}`);
    }
    await sleep(500);
  }
  try {
    return await action();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
