/**
 * A record that does not match, by its position: in the hash list for an altered or missing record,
 * in the records file for an added one. The offsets say where its lines are, to name it afterwards.
 */
export interface RecordFinding {
  kind: 'record-altered' | 'record-missing' | 'record-added';
  position: number;
  /** Where the promised record's hash list line starts (altered, missing). */
  expectedOffset?: number;
  /** Where the found record's line starts (altered, added). */
  foundOffset?: number;
}

/** How far ahead a dropped or added run of records is looked for before a mismatch counts as an edit. */
const LOOKAHEAD = 64;

/** One side of the line-up: hashes and where their lines start, in order, with a moving head. */
class Queue {
  readonly hashes: string[] = [];
  readonly offsets: number[] = [];
  head = 0;
  /** 1-based position of the last item taken. */
  position = 0;

  get queued(): number {
    return this.hashes.length - this.head;
  }

  push(hash: string, offset: number): void {
    this.hashes.push(hash);
    this.offsets.push(offset);
  }

  /** Where `hash` is among the next LOOKAHEAD items after the head (1..), or -1. */
  ahead(hash: string): number {
    const end = Math.min(this.hashes.length, this.head + 1 + LOOKAHEAD);
    for (let index = this.head + 1; index < end; index += 1) if (this.hashes[index] === hash) return index - this.head;
    return -1;
  }

  take(): number {
    const offset = this.offsets[this.head] as number;
    this.head += 1;
    this.position += 1;
    return offset;
  }

  /** Drops taken items from the front now and then, rather than one by one. */
  compact(): void {
    if (this.head < 4_096) return;
    this.hashes.splice(0, this.head);
    this.offsets.splice(0, this.head);
    this.head = 0;
  }
}

/**
 * Lines up the records found with the records the signed hash list promises, streaming with a small
 * window: equal hashes match; a found record that appears a little further down the list means the
 * ones before it are missing; a promised record found a little further down the file means the lines
 * before it were added; anything else is an altered record. Each finding names the record.
 */
export class RecordAligner {
  private readonly expected = new Queue();
  private readonly found = new Queue();
  matched = 0;

  constructor(private readonly report: (finding: RecordFinding) => void) {}

  /** A promised record: its hash and where its hash list line starts. */
  pushExpected(hash: string, offset: number): void {
    this.expected.push(hash, offset);
  }

  /** A record as found: its line's hash and where the line starts. */
  pushFound(hash: string, offset: number): void {
    this.found.push(hash, offset);
  }

  get expectedQueued(): number {
    return this.expected.queued;
  }

  get foundQueued(): number {
    return this.found.queued;
  }

  /** Settles what can be settled; once both sides are read whole (`…Done`), everything. */
  drain(expectedDone: boolean, foundDone: boolean): void {
    const { expected, found } = this;
    for (;;) {
      // One side is used up: whatever the other still holds was added (or is missing).
      if (expected.queued === 0 && expectedDone && found.queued > 0) {
        this.added(found.queued);
        continue;
      }
      if (found.queued === 0 && foundDone && expected.queued > 0) {
        this.missing(expected.queued);
        continue;
      }
      const haveExpected = expected.queued > LOOKAHEAD || (expectedDone && expected.queued > 0);
      const haveFound = found.queued > LOOKAHEAD || (foundDone && found.queued > 0);
      if (!haveExpected || !haveFound) break;
      this.step();
    }
    expected.compact();
    found.compact();
  }

  private step(): void {
    const { expected, found } = this;
    const expectedHash = expected.hashes[expected.head] as string;
    const foundHash = found.hashes[found.head] as string;
    if (expectedHash === foundHash) {
      this.matched += 1;
      expected.take();
      found.take();
      return;
    }
    const skipExpected = expected.ahead(foundHash);
    const skipFound = found.ahead(expectedHash);
    if (skipExpected > 0 && (skipFound < 0 || skipExpected <= skipFound)) return this.missing(skipExpected);
    if (skipFound > 0) return this.added(skipFound);
    const expectedOffset = expected.take();
    const foundOffset = found.take();
    this.report({ kind: 'record-altered', position: expected.position, expectedOffset, foundOffset });
  }

  private missing(count: number): void {
    for (let index = 0; index < count; index += 1) {
      const expectedOffset = this.expected.take();
      this.report({ kind: 'record-missing', position: this.expected.position, expectedOffset });
    }
  }

  private added(count: number): void {
    for (let index = 0; index < count; index += 1) {
      const foundOffset = this.found.take();
      this.report({ kind: 'record-added', position: this.found.position, foundOffset });
    }
  }
}
