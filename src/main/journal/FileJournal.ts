import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Journal, JournalEntry } from './Journal';

/** Appends one JSON line per entry; appends of one process are serialized so lines never interleave. */
export class FileJournal implements Journal {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  record(entry: JournalEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    this.tail = this.tail.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, { encoding: 'utf8', mode: 0o600 });
    });
    return this.tail;
  }
}
