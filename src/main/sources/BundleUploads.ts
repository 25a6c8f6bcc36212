import { randomUUID } from 'node:crypto';
import { open, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_UPLOAD_CHUNK_BYTES,
  formatBytes,
  type BundleUpload,
  type BundleUploadProgress,
} from '../../shared/contract/bundleUpload';
import { ConsoleError } from '../../shared/contract/errors';
import { describeWriteFailure } from '../export/describeWriteFailure';
import { processRuns } from './bundleStores';
import { makeFolder } from '../files/makeFolder';

/** `<pid>-<upload id>.part`: the process that receives it, so a later start knows a crash left it. */
const PART = /^(\d+)-[0-9a-f-]{36}\.part$/;

export function bundleUploadsDir(dataDir: string): string {
  return join(dataDir, 'bundle-uploads');
}

export interface BundleUploadsOptions {
  chunkBytes?: number;
  /** Uploads one operator may have under way at once. */
  maxPerOperator?: number;
  /** An upload left this long without a chunk is given up when the next one begins. */
  idleMs?: number;
  now?: () => number;
}

interface Upload {
  id: string;
  operatorId: string;
  fileName: string;
  bytes: number;
  path: string;
  nextIndex: number;
  /** Bytes accepted: written, or being written. */
  reserved: number;
  written: number;
  touchedAt: number;
}

/** Where an upload is written: the console's own folder, not one the operator chose. */
const uploadPlace = (dir: string, fileName: string) => ({
  folder: dir,
  file: `the upload of ${fileName}`,
  folderName: "the console's data folder",
});

const bad = (message: string, field: string) => new ConsoleError('BAD_REQUEST', message, field);

/**
 * Bundles uploaded from the operator's disk, chunk by chunk, into temporary files under the data folder.
 * Each upload belongs to the operator who began it; chunks come in order, each once, exactly as large
 * as the declared size says, so what is opened is byte for byte the file the operator chose.
 */
export class BundleUploads {
  private readonly uploads = new Map<string, Upload>();
  private readonly chunkBytes: number;
  private readonly maxPerOperator: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(
    private readonly dir: string,
    options: BundleUploadsOptions = {},
  ) {
    this.chunkBytes = options.chunkBytes ?? BUNDLE_UPLOAD_CHUNK_BYTES;
    this.maxPerOperator = options.maxPerOperator ?? 3;
    this.idleMs = options.idleMs ?? 30 * 60_000;
    this.now = options.now ?? Date.now;
  }

  async begin(operatorId: string, fileName: string, bytes: number): Promise<BundleUpload> {
    await this.giveUpIdle();
    const under = [...this.uploads.values()].filter((upload) => upload.operatorId === operatorId).length;
    if (under >= this.maxPerOperator) {
      const message = `You have ${under} bundle uploads under way, the most at once; finish or cancel one first.`;
      throw new ConsoleError('BAD_REQUEST', message);
    }
    const id = randomUUID();
    const path = join(this.dir, `${process.pid}-${id}.part`);
    try {
      await makeFolder(this.dir);
      await writeFile(path, '', { flag: 'wx' });
    } catch (error) {
      throw await describeWriteFailure(error, uploadPlace(this.dir, fileName));
    }
    const upload = { id, operatorId, fileName, bytes, path, nextIndex: 0, reserved: 0, written: 0 };
    this.uploads.set(id, { ...upload, touchedAt: this.now() });
    return { uploadId: id, chunkBytes: this.chunkBytes, chunks: Math.ceil(bytes / this.chunkBytes) };
  }

  /** Writes chunk `index` (base64) where it belongs; refused when out of order, repeated or the wrong size. */
  async chunk(operatorId: string, uploadId: string, index: number, data: string): Promise<BundleUploadProgress> {
    const upload = this.owned(operatorId, uploadId);
    const { fileName } = upload;
    if (index < upload.nextIndex) {
      throw bad(`Chunk ${index} of ${fileName} was already received; send chunk ${upload.nextIndex} next.`, 'index');
    }
    if (index > upload.nextIndex) {
      throw bad(
        `Chunk ${index} of ${fileName} came before chunk ${upload.nextIndex}; send the chunks in order.`,
        'index',
      );
    }
    const bytes = Buffer.from(data, 'base64');
    const expected = Math.min(this.chunkBytes, upload.bytes - upload.reserved);
    if (expected === 0 || upload.reserved + bytes.length > upload.bytes) {
      const message = `Chunk ${index} goes beyond the ${formatBytes(upload.bytes)} declared for ${fileName}; the file changed since it was chosen, or was declared too small. Choose it again.`;
      throw bad(message, 'data');
    }
    if (bytes.length !== expected) {
      const message = `Chunk ${index} of ${fileName} holds ${formatBytes(bytes.length)}; it must hold ${formatBytes(expected)}.`;
      throw bad(message, 'data');
    }
    // Claimed before the write, so a chunk sent again meanwhile is refused as a repeat.
    const offset = upload.reserved;
    upload.nextIndex += 1;
    upload.reserved += bytes.length;
    upload.touchedAt = this.now();
    try {
      const handle = await open(upload.path, 'r+');
      try {
        await handle.write(bytes, 0, bytes.length, offset);
      } finally {
        await handle.close();
      }
    } catch (error) {
      await this.discard(upload);
      throw await describeWriteFailure(error, uploadPlace(this.dir, fileName));
    }
    upload.written += bytes.length;
    return { receivedBytes: upload.written, bytes: upload.bytes, complete: upload.written === upload.bytes };
  }

  /**
   * Hands a complete upload's file to `use` (to verify and open it) under the name the operator chose;
   * the upload is over from then on, and its file is removed once `use` settles, whatever it answered.
   */
  async useComplete<T>(
    operatorId: string,
    uploadId: string,
    use: (path: string, fileName: string) => Promise<T>,
  ): Promise<T> {
    const upload = this.owned(operatorId, uploadId);
    if (upload.written !== upload.bytes) {
      const message = `${upload.fileName} is not fully uploaded: ${formatBytes(upload.written)} of ${formatBytes(upload.bytes)} received. Send the rest, or choose the file again.`;
      throw bad(message, 'uploadId');
    }
    this.uploads.delete(uploadId);
    try {
      return await use(upload.path, upload.fileName);
    } finally {
      await rm(upload.path, { force: true });
    }
  }

  /** Stops an upload and removes its file; false when no such upload is under way. */
  async cancel(operatorId: string, uploadId: string): Promise<boolean> {
    if (!this.uploads.has(uploadId)) return false;
    await this.discard(this.owned(operatorId, uploadId));
    return true;
  }

  /** Removes every upload under way (the console is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.uploads.values()].map((upload) => this.discard(upload)));
  }

  private owned(operatorId: string, uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) {
      const message =
        'No bundle upload of that id is under way: it was opened, cancelled or given up, or the console restarted. Choose the file again.';
      throw new ConsoleError('NOT_FOUND', message, 'uploadId');
    }
    if (upload.operatorId !== operatorId) {
      const message = 'This bundle upload was begun by another operator; choose the file again to upload it yourself.';
      throw new ConsoleError('FORBIDDEN', message, 'uploadId');
    }
    return upload;
  }

  private async discard(upload: Upload): Promise<void> {
    this.uploads.delete(upload.id);
    await rm(upload.path, { force: true });
  }

  private async giveUpIdle(): Promise<void> {
    const cutoff = this.now() - this.idleMs;
    const idle = [...this.uploads.values()].filter((upload) => upload.touchedAt < cutoff);
    await Promise.all(idle.map((upload) => this.discard(upload)));
  }
}

/**
 * Removes the uploads that consoles no longer running left unfinished (a crash, a closed terminal);
 * returns their file names. Uploads of a console still running are left alone.
 */
export async function removeStaleBundleUploads(
  dir: string,
  runs: (pid: number) => boolean = processRuns,
): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(PART.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || runs(pid)) continue;
    try {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Left for the next start: an unused partial file harms nothing.
    }
  }
  return removed.sort();
}
