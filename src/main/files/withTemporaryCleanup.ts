import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Runs a write that a library makes atomically through `<file>.tmp-*` files (electron-store does) and,
 * when it fails (a full disk), removes the temporary file it leaves behind before passing the error on.
 */
export async function withTemporaryCleanup<T>(file: string, write: () => T): Promise<T> {
  try {
    return write();
  } catch (error) {
    const prefix = `${basename(file)}.tmp-`;
    const names = await readdir(dirname(file)).catch(() => [] as string[]);
    // Cleaning up must not hide why the write failed.
    await Promise.all(
      names
        .filter((name) => name.startsWith(prefix))
        .map((name) => rm(join(dirname(file), name), { force: true }).catch(() => undefined)),
    );
    throw error;
  }
}
