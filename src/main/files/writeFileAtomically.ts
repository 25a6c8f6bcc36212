import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeFolder } from './makeFolder';

/**
 * Writes `text` to `path` through a temporary file that is flushed, then renamed over the target: a
 * crash or a full disk leaves the previous file whole, and never a temporary file behind. Failures are
 * the file system's own errors; `toWriteFailure` turns them into messages.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await makeFolder(dirname(path));
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    // Cleaning up must not hide why the write failed.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
