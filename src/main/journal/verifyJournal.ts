import { createReadStream } from 'node:fs';
import { JOURNAL_GENESIS, JournalLine } from '../../shared/domain/journal';
import { lineHash } from './lineHash';

export interface JournalVerification {
  /** Lines read, up to the first broken one. */
  lines: number;
  /** Unreadable lines (torn by a crash) that a fence line closed off, by line number. */
  fenced: number[];
  /** The first line at which the chain does not hold, and why; null when the whole file is intact. */
  broken: { line: number; reason: string } | null;
}

function parse(text: string): JournalLine | null {
  try {
    const parsed = JournalLine.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Walks the chain line by line; an unreadable line is accepted only when the next line fences it. */
class ChainCheck {
  lines = 0;
  readonly fenced: number[] = [];
  broken: JournalVerification['broken'] = null;
  private previousHash = JOURNAL_GENESIS;
  /** The last readable line's hash, and the unreadable line waiting for its fence. */
  private lastIntact = JOURNAL_GENESIS;
  private unreadable: number | null = null;

  add(bytes: Buffer): void {
    if (this.broken) return;
    const number = ++this.lines;
    const text = bytes.toString('utf8');
    const line = parse(text);
    const fail = (reason: string) => (this.broken = { line: number, reason });
    if (!line) {
      if (this.unreadable !== null) {
        // A crash tears at most one line: two in a row were never written by the console.
        this.broken = { line: this.unreadable, reason: 'unreadable (not a journal line), and so is the line after it' };
        return;
      }
      this.unreadable = number;
    } else if (this.unreadable !== null) {
      if (line.kind !== 'fence' || line.fencedLine !== this.unreadable) {
        this.broken = { line: this.unreadable, reason: 'unreadable (not a journal line), and no fence line closes it' };
        return;
      }
      if (line.lastIntact !== this.lastIntact) return void fail('fence does not link to the last readable line');
      this.fenced.push(this.unreadable);
      this.unreadable = null;
    } else if (line.kind === 'fence') {
      return void fail('fence line where no unreadable line came before it');
    }
    if (line && line.seq !== number) return void fail(`numbered ${line.seq}: lines were inserted or removed`);
    if (line && line.prev !== this.previousHash) {
      if (number === 1) return void fail('does not start the chain: lines before it were removed');
      // The next line vouches for this one: it was changed (or the link in the next line was).
      this.broken = { line: number - 1, reason: `changed: line ${number} carries a different hash for it` };
      return;
    }
    this.previousHash = lineHash(bytes);
    if (line) this.lastIntact = this.previousHash;
  }

  finish(endsWithNewline: boolean): JournalVerification {
    if (!this.broken && this.unreadable !== null) {
      const how = endsWithNewline ? 'unreadable (not a journal line)' : 'cut short';
      this.broken = { line: this.unreadable, reason: `${how}; the console fences it off when it next starts` };
    }
    return { lines: this.broken ? this.broken.line : this.lines, fenced: this.fenced, broken: this.broken };
  }
}

/** Checks a journal file's hash chain from its first line and names the first line where it breaks. */
export async function verifyJournal(path: string): Promise<JournalVerification> {
  const check = new ChainCheck();
  let pending = Buffer.alloc(0);
  for await (const chunk of createReadStream(path)) {
    pending = Buffer.concat([pending, chunk as Buffer]);
    let cut = pending.indexOf(0x0a);
    while (cut >= 0) {
      check.add(pending.subarray(0, cut));
      pending = pending.subarray(cut + 1);
      cut = pending.indexOf(0x0a);
    }
  }
  if (pending.length > 0) check.add(pending);
  return check.finish(pending.length === 0);
}
