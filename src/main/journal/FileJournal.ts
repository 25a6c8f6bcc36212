import { randomUUID } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { errnoCode as errorCode } from '../files/errnoCode';
import { makeFolderSync } from '../files/makeFolder';
import { JOURNAL_FORMAT, type JournalLine, type JournalRecord } from '../../shared/domain/journal';
import { JournalUnavailableError, type Journal } from './Journal';
import { lineHash } from './lineHash';
import { readJournalTail, type JournalTail } from './readJournalTail';

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 0;
    throw error;
  }
}

function unavailable(error: unknown): JournalUnavailableError {
  if (errorCode(error) === 'ENOSPC' || errorCode(error) === 'EDQUOT') {
    return new JournalUnavailableError(
      'DISK_FULL',
      "The operators' journal cannot be written: the disk holding the console's data folder is full. " +
        'Nothing is shown until it can be; free some space and retry.',
    );
  }
  if (errorCode(error) === 'EROFS') {
    return new JournalUnavailableError(
      'UNAVAILABLE',
      "The operators' journal cannot be written: the disk holding the console's data folder is read-only. " +
        'Nothing is shown until it can be; make it writable again and retry.',
    );
  }
  const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
  return new JournalUnavailableError(
    'UNAVAILABLE',
    `The operators' journal cannot be written (${reason}). Nothing is shown until it can be; ` +
      "check the console's data folder and retry.",
  );
}

function cutBack(fd: number, path: string, size: number): void {
  try {
    ftruncateSync(fd, size);
  } catch {
    try {
      truncateSync(path, size);
    } catch {
      // Nothing more can be done here: the next write reads the tail again and fences what it finds.
    }
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // A close that fails after a complete write loses nothing.
  }
}

/**
 * Appends one JSON line per entry, each carrying the hash of the line before it. A failed append is
 * cut back off the file, so a full disk costs the failed calls and nothing after space is freed; an
 * unreadable last line left by a crash is fenced off by the first write after start.
 *
 * Every answer waits for its line, so the append itself is synchronous: a few hundred bytes into the
 * page cache take microseconds, where each asynchronous file call is a hand-off to a worker thread
 * that, on a busy machine, waits its turn for a core (about half a millisecond each, five per line).
 */
export class FileJournal implements Journal {
  private queue: Promise<void> = Promise.resolve();
  private tail: JournalTail | null = null;

  constructor(
    private readonly path: string,
    /** Told of each line once it is on disk (a copy to the cluster's journal index). */
    private readonly onWritten: (line: JournalLine) => void = () => undefined,
  ) {}

  record(entry: JournalRecord): Promise<void> {
    const written = this.queue.then(() => this.append(entry));
    // Appends run one at a time; one that failed never blocks the next.
    this.queue = written.catch(() => undefined);
    return written;
  }

  /** Fences off an unreadable last line left by a crash, before the console takes any call. */
  recover(): Promise<void> {
    const recovered = this.queue.then(() => this.append(null));
    this.queue = recovered.catch(() => undefined);
    return recovered;
  }

  private async append(entry: JournalRecord | null): Promise<void> {
    try {
      let tail = await this.currentTail();
      if (tail.unreadable) tail = this.fence(tail);
      if (entry) this.write(tail, entry);
    } catch (error) {
      if (error instanceof JournalUnavailableError) throw error;
      console.error(`[journal] cannot write ${this.path}:`, error);
      throw unavailable(error);
    }
  }

  /** The tail known from our last write, read again when the file changed under us (another console). */
  private async currentTail(): Promise<JournalTail> {
    const size = sizeOf(this.path);
    if (this.tail?.size !== size) this.tail = await readJournalTail(this.path, size);
    return this.tail;
  }

  private fence(tail: JournalTail): JournalTail {
    const unreadable = tail.unreadable;
    if (!unreadable) return tail;
    console.error(`[journal] line ${unreadable.line} of ${this.path} cannot be read; fencing it off`);
    const prefix = unreadable.ends ? '' : '\n';
    return this.write(
      tail,
      {
        at: new Date().toISOString(),
        kind: 'fence',
        fencedLine: unreadable.line,
        lastIntact: unreadable.lastIntact,
        reason: unreadable.ends ? 'unreadable line' : 'last line cut short (the console stopped while writing it)',
      },
      prefix,
    );
  }

  /** The file opened for appending; its folder is made only when it is missing (on first use, or removed since). */
  private openForAppend(): number {
    try {
      return openSync(this.path, 'a', 0o600);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      makeFolderSync(dirname(this.path), 0o700);
      return openSync(this.path, 'a', 0o600);
    }
  }

  private write(tail: JournalTail, entry: JournalRecord, prefix = ''): JournalTail {
    const seq = tail.lines + 1;
    // Built from a JournalRecord and the chain fields, the line has JournalLine's shape by construction.
    const line = { v: JOURNAL_FORMAT, seq, id: randomUUID(), prev: tail.lastHash, ...entry } as JournalLine;
    const text = JSON.stringify(line);
    const bytes = Buffer.from(`${prefix}${text}\n`, 'utf8');
    const fd = this.openForAppend();
    try {
      // A full disk can take part of a line before it fails: write until all of it is there.
      for (let done = 0; done < bytes.length;) {
        const written = writeSync(fd, bytes, done);
        if (written === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        done += written;
      }
    } catch (error) {
      // Whatever part of the line reached the disk is cut off again, so no torn line stays behind.
      cutBack(fd, this.path, tail.size);
      this.tail = null;
      throw error;
    } finally {
      closeQuietly(fd);
    }
    this.tail = { size: tail.size + bytes.length, lines: seq, lastHash: lineHash(text), unreadable: null };
    this.onWritten(line);
    return this.tail;
  }
}
