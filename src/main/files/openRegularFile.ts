import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** The error code of a path that is neither a file nor a folder: a pipe, socket or device. */
export const NOT_A_FILE = 'ENOTFILE';

function notAFile(path: string, isDirectory: boolean): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is not a file`), { code: isDirectory ? 'EISDIR' : NOT_A_FILE });
}

/**
 * Opens a path for reading only when it is a regular file. A named pipe would hold the open (and one of
 * the few threads every file read of the process shares) until something writes into it, and a device
 * such as /dev/zero never ends; a folder fails with `EISDIR`, anything else with `NOT_A_FILE`. Checked
 * before opening, so no device is opened, and again on the open handle (opened without waiting), so a
 * path swapped for a pipe in between is refused too.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const before = await stat(path);
  if (!before.isFile()) throw notAFile(path, before.isDirectory());
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw notAFile(path, opened.isDirectory());
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
