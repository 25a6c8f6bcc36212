import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { ConsoleError } from '../../shared/contract/errors';
import { EXPORT_FILE_NAME_MAX_BYTES, FOLDER_ADVICE } from '../../shared/contract/exportChannels';
import { hiddenCharacterProblem } from '../../shared/domain/hiddenCharacters';
import { portableFileNameProblem } from '../../shared/domain/portableFileName';
import { shownInSentence } from '../../shared/domain/shownInSentence';
import { tooLongSentence } from '../../shared/domain/tooLong';
import { errnoCode } from '../files/errnoCode';
import { describeWriteFailure } from './describeWriteFailure';

export interface ExportTargetSpec {
  /** An absolute folder that exists. */
  directory: string;
  /** A plain file name (no folder) ending with the format's extension. */
  fileName: string;
  /** Replace a file of that name; without it, an existing file is never touched. */
  replace: boolean;
}

const PARTIAL = /^\..+\.(\d+)-[0-9a-f]{8}\.partial$/;
const BUFFER_BYTES = 1024 * 1024;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

/** Temporary files left in `directory` by an export whose process died (a crash): never a live one. */
async function removeAbandonedPartials(directory: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = PARTIAL.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) await unlink(join(directory, name)).catch(() => undefined);
  }
}

/**
 * Refuses a folder the kernel says cannot be written (a read-only disk, no write permission) before an
 * existing file in it is asked about: replacing it could not be done either.
 */
async function refuseUnwritableFolder(directory: string): Promise<void> {
  try {
    await access(directory, constants.W_OK);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      throw await describeWriteFailure(error, { folder: directory });
    }
  }
}

/** Checks where an export goes, before anything is read: folder, name, and an existing file. */
export async function checkExportTarget(spec: ExportTargetSpec, extension: string): Promise<string> {
  if (!isAbsolute(spec.directory)) {
    throw new ConsoleError(
      'BAD_REQUEST',
      `Choose a folder by its full path (got "${shownInSentence(spec.directory)}").`,
      'directory',
    );
  }
  const hiddenInFolder = hiddenCharacterProblem('A folder', spec.directory, { advice: FOLDER_ADVICE });
  if (hiddenInFolder !== null) throw new ConsoleError('BAD_REQUEST', hiddenInFolder, 'directory');
  if (basename(spec.fileName) !== spec.fileName || spec.fileName.startsWith('.') || spec.fileName.includes('\0')) {
    throw new ConsoleError('BAD_REQUEST', `"${shownInSentence(spec.fileName)}" is not a plain file name.`, 'fileName');
  }
  // A name that does not read as it is written is no name for evidence: "a\u202Etxt.csv" shows as "avsc.txt".
  const hidden = hiddenCharacterProblem('The file name', spec.fileName);
  if (hidden !== null) throw new ConsoleError('BAD_REQUEST', hidden, 'fileName');
  const portable = portableFileNameProblem(spec.fileName);
  if (portable !== null) throw new ConsoleError('BAD_REQUEST', portable, 'fileName');
  const bytes = Buffer.byteLength(spec.fileName, 'utf8');
  if (bytes > EXPORT_FILE_NAME_MAX_BYTES) {
    throw new ConsoleError(
      'BAD_REQUEST',
      `${tooLongSentence('The file name', EXPORT_FILE_NAME_MAX_BYTES, bytes, 'bytes')} Disks allow 255, and the export is written under a longer temporary name first.`,
      'fileName',
    );
  }
  if (!spec.fileName.toLowerCase().endsWith(extension) || spec.fileName.length === extension.length) {
    throw new ConsoleError('BAD_REQUEST', `Name the file so it ends with ${extension}.`, 'fileName');
  }
  let folder;
  try {
    folder = await stat(spec.directory);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      throw new ConsoleError(
        'NOT_FOUND',
        `The folder ${spec.directory} does not exist; create it or choose another.`,
        'directory',
      );
    }
    throw await describeWriteFailure(error, { folder: spec.directory });
  }
  if (!folder.isDirectory()) {
    throw new ConsoleError('BAD_REQUEST', `${spec.directory} is not a folder; choose a folder.`, 'directory');
  }
  await refuseUnwritableFolder(spec.directory);
  const path = join(spec.directory, spec.fileName);
  if (!spec.replace && (await stat(path).catch(() => null))) {
    throw new ConsoleError(
      'ALREADY_EXISTS',
      `"${shownInSentence(spec.fileName)}" already exists in the folder "${shownInSentence(spec.directory)}"; choose another name or confirm that it should be replaced.`,
      'fileName',
    );
  }
  return path;
}

/**
 * An export being written: a hidden temporary file in the target folder, renamed to its name only once
 * complete (and flushed to disk), so a cancel, a crash or a full disk never leaves a half-written file
 * under that name. Writes are buffered; `position` is the logical end of what was written.
 */
export class ExportFile {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private buffered = 0;
  private written = 0;
  private settled = false;

  private constructor(
    readonly path: string,
    readonly temporaryPath: string,
    private readonly handle: FileHandle,
    private readonly replace: boolean,
  ) {}

  static async create(spec: ExportTargetSpec, extension: string): Promise<ExportFile> {
    const path = await checkExportTarget(spec, extension);
    await removeAbandonedPartials(spec.directory);
    const suffix = `${process.pid}-${randomBytes(4).toString('hex')}.partial`;
    const temporaryPath = join(spec.directory, `.${spec.fileName}.${suffix}`);
    try {
      return new ExportFile(path, temporaryPath, await open(temporaryPath, 'wx', 0o600), spec.replace);
    } catch (error) {
      throw await describeWriteFailure(error, { folder: spec.directory });
    }
  }

  /** A scratch file beside an export (hidden, removed by `discard`), e.g. to gather record hashes. */
  static async scratch(directory: string, stem: string): Promise<ExportFile> {
    const temporaryPath = join(directory, `.${stem}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
    try {
      return new ExportFile(temporaryPath, temporaryPath, await open(temporaryPath, 'wx+', 0o600), false);
    } catch (error) {
      throw await describeWriteFailure(error, { folder: directory });
    }
  }

  /** Reads back everything written, in chunks, in order. */
  async *chunks(): AsyncGenerator<Buffer> {
    await this.flush();
    const chunk = Buffer.allocUnsafe(BUFFER_BYTES);
    for (let position = 0; position < this.written;) {
      const { bytesRead } = await this.handle.read(chunk, 0, Math.min(BUFFER_BYTES, this.written - position), position);
      if (bytesRead === 0) throw new ConsoleError('INTERNAL', `${this.path} ended before what was written to it.`);
      position += bytesRead;
      yield Buffer.from(chunk.subarray(0, bytesRead));
    }
  }

  get position(): number {
    return this.written + this.buffered;
  }

  async write(chunk: Buffer): Promise<void> {
    if (chunk.length >= BUFFER_BYTES) {
      await this.flush();
      await this.writeOut(chunk, this.written);
      this.written += chunk.length;
      return;
    }
    if (this.buffered + chunk.length > BUFFER_BYTES) await this.flush();
    chunk.copy(this.buffer, this.buffered);
    this.buffered += chunk.length;
  }

  /** Overwrites bytes already written (a tar header whose size is known only afterwards). */
  async writeAt(chunk: Buffer, position: number): Promise<void> {
    await this.flush();
    await this.writeOut(chunk, position);
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const pending = this.buffer.subarray(0, this.buffered);
    // A fresh buffer: the one handed to the write must not change while the write is under way.
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.buffered = 0;
    await this.writeOut(pending, this.written);
    this.written += pending.length;
  }

  /** Flushes to disk and gives the file its name; refuses to replace a file that appeared meanwhile. */
  async commit(): Promise<void> {
    try {
      await this.flush();
      await this.handle.sync();
      await this.handle.close();
    } catch (error) {
      await this.discard();
      throw await describeWriteFailure(error, { folder: dirname(this.path), file: this.path });
    }
    this.settled = true;
    try {
      if (this.replace) await rename(this.temporaryPath, this.path);
      else await this.linkWithoutReplacing();
    } catch (error) {
      await unlink(this.temporaryPath).catch(() => undefined);
      if (errnoCode(error) === 'EEXIST') {
        throw new ConsoleError(
          'ALREADY_EXISTS',
          `"${shownInSentence(basename(this.path))}" appeared in the folder "${shownInSentence(dirname(this.path))}" while exporting; nothing was replaced.`,
          'fileName',
        );
      }
      throw await describeWriteFailure(error, { folder: dirname(this.path), file: this.path });
    }
  }

  /** Removes the temporary file; what was there under the final name stays untouched. */
  async discard(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    await this.handle.close().catch(() => undefined);
    await unlink(this.temporaryPath).catch(() => undefined);
  }

  private async linkWithoutReplacing(): Promise<void> {
    try {
      await link(this.temporaryPath, this.path);
    } catch (error) {
      const code = errnoCode(error);
      // Filesystems without hard links: check once more and rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (await stat(this.path).catch(() => null)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      await rename(this.temporaryPath, this.path);
      return;
    }
    await unlink(this.temporaryPath);
  }

  private async writeOut(chunk: Buffer, position: number): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      try {
        const { bytesWritten } = await this.handle.write(chunk, offset, chunk.length - offset, position + offset);
        offset += bytesWritten;
      } catch (error) {
        throw await describeWriteFailure(error, { folder: dirname(this.path), file: this.path });
      }
    }
  }
}
