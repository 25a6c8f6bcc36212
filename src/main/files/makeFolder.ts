import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode as code } from './errnoCode';

/**
 * Makes a folder and any missing folder above it. Node's recursive `mkdir` answers ENOENT where the disk
 * refused (a read-only disk's EROFS): made one level at a time after that, the real refusal is the one
 * thrown, so the message can say what to do.
 */
export async function makeFolder(path: string, mode = 0o777): Promise<void> {
  try {
    await mkdir(path, { recursive: true, mode });
    return;
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
  }
  const parent = dirname(path);
  if (parent !== path) await makeFolder(parent, mode);
  await mkdir(path, { mode }).catch((error: unknown) => {
    if (code(error) !== 'EEXIST') throw error;
  });
}

/** `makeFolder`, for writes that must not wait on the thread pool (the journal's append). */
export function makeFolderSync(path: string, mode = 0o777): void {
  try {
    mkdirSync(path, { recursive: true, mode });
    return;
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
  }
  const parent = dirname(path);
  if (parent !== path) makeFolderSync(parent, mode);
  try {
    mkdirSync(path, { mode });
  } catch (error) {
    if (code(error) !== 'EEXIST') throw error;
  }
}
