import { open } from 'node:fs/promises';
import { JOURNAL_GENESIS, JournalLine } from '../../shared/domain/journal';
import { lineHash } from './lineHash';

/** Where the chain stands at the end of the file: what the next line links to and is numbered. */
export interface JournalTail {
  /** Bytes in the file. */
  size: number;
  /** Lines in the file, counting an unreadable last one. */
  lines: number;
  /** Hash of the last line, readable or not. */
  lastHash: string;
  /** The last line cannot be read (cut short by a crash, or garbled): the next write must fence it. */
  unreadable: { line: number; ends: boolean; lastIntact: string } | null;
}

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

function parses(text: string): JournalLine | null {
  try {
    const parsed = JournalLine.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The bytes after the second-to-last newline: enough to know the last line and the one before it. */
async function readLastLines(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    let start = size;
    let tail = Buffer.alloc(0);
    let newlines = 0;
    while (start > 0 && newlines < 3) {
      const length = Math.min(CHUNK, start);
      start -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, start);
      tail = Buffer.concat([chunk, tail]);
      newlines = tail.reduce((count, byte) => count + (byte === NEWLINE ? 1 : 0), 0);
    }
    return start === 0 ? tail : tail.subarray(tail.indexOf(NEWLINE) + 1);
  } finally {
    await handle.close();
  }
}

/**
 * Reads only the end of the journal: the chain's last hash and line number come from the last line,
 * whose own `seq` says where it stands. A last line that does not parse is reported for fencing.
 */
export async function readJournalTail(path: string, size: number): Promise<JournalTail> {
  if (size === 0) return { size, lines: 0, lastHash: JOURNAL_GENESIS, unreadable: null };
  const tail = await readLastLines(path, size);
  const ends = tail[tail.length - 1] === NEWLINE;
  const body = ends ? tail.subarray(0, -1) : tail;
  const cut = body.lastIndexOf(NEWLINE);
  const last = body.subarray(cut + 1);
  const before = cut < 0 ? null : body.subarray(body.lastIndexOf(NEWLINE, cut - 1) + 1, cut);
  const parsedLast = parses(last.toString('utf8'));
  if (parsedLast) return { size, lines: parsedLast.seq, lastHash: lineHash(last), unreadable: null };
  const parsedBefore = before ? parses(before.toString('utf8')) : null;
  if (before && !parsedBefore) {
    throw new Error('the journal ends in two unreadable lines; run `audit-console journal verify` on it');
  }
  const line = (parsedBefore?.seq ?? 0) + 1;
  return {
    size,
    lines: line,
    lastHash: lineHash(last),
    unreadable: { line, ends, lastIntact: before ? lineHash(before) : JOURNAL_GENESIS },
  };
}
