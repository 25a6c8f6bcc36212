/** A record the signed hash list promises: its hash and id, at its position (1-based). */
export interface ExpectedRecord {
  hash: string;
  id: string | null;
}

/** A line of the records file as found: its hash and bytes, at its line number (1-based). */
export interface FoundRecord {
  hash: string;
  line: Buffer;
}

export type RecordFinding =
  | { kind: 'record-altered'; position: number; id: string | null }
  | { kind: 'record-missing'; position: number; id: string | null }
  | { kind: 'record-added'; position: number; id: string | null };

/** How far ahead a dropped or added run of records is looked for before a mismatch counts as an edit. */
const LOOKAHEAD = 64;

function idOf(line: Buffer): string | null {
  try {
    const parsed = JSON.parse(line.toString('utf8')) as { record?: { id?: unknown } };
    return typeof parsed.record?.id === 'string' ? parsed.record.id : null;
  } catch {
    return null;
  }
}

/**
 * Lines up the records found with the records the signed hash list promises, streaming with a small
 * window: equal hashes match; a found record that appears a little further down the list means the
 * ones before it are missing; a promised record found a little further down the file means the lines
 * before it were added; anything else is an altered record. Each finding names the record.
 */
export class RecordAligner {
  private readonly expected: ExpectedRecord[] = [];
  private readonly found: FoundRecord[] = [];
  private expectedHead = 0;
  private foundHead = 0;
  private expectedPosition = 0;
  private foundPosition = 0;
  matched = 0;

  constructor(private readonly report: (finding: RecordFinding) => void) {}

  pushExpected(records: readonly ExpectedRecord[]): void {
    for (const record of records) this.expected.push(record);
  }

  pushFound(records: readonly FoundRecord[]): void {
    for (const record of records) this.found.push(record);
  }

  get expectedQueued(): number {
    return this.expected.length - this.expectedHead;
  }

  get foundQueued(): number {
    return this.found.length - this.foundHead;
  }

  /** Settles what can be settled; once both sides are read whole (`…Done`), everything. */
  drain(expectedDone: boolean, foundDone: boolean): void {
    for (;;) {
      const haveExpected = this.expectedQueued > LOOKAHEAD || (expectedDone && this.expectedQueued > 0);
      const haveFound = this.foundQueued > LOOKAHEAD || (foundDone && this.foundQueued > 0);
      // One side is used up: whatever the other still holds was added (or is missing).
      if (this.expectedQueued === 0 && expectedDone && this.foundQueued > 0) {
        this.added(this.foundQueued);
        continue;
      }
      if (this.foundQueued === 0 && foundDone && this.expectedQueued > 0) {
        this.missing(this.expectedQueued);
        continue;
      }
      if (!haveExpected || !haveFound) break;
      this.step();
    }
    this.compact();
  }

  private step(): void {
    const expected = this.expected[this.expectedHead] as ExpectedRecord;
    const found = this.found[this.foundHead] as FoundRecord;
    if (expected.hash === found.hash) {
      this.matched += 1;
      this.expectedHead += 1;
      this.foundHead += 1;
      this.expectedPosition += 1;
      this.foundPosition += 1;
      return;
    }
    const skipExpected = this.indexAhead(this.expected, this.expectedHead, (item) => item.hash === found.hash);
    const skipFound = this.indexAhead(this.found, this.foundHead, (item) => item.hash === expected.hash);
    if (skipExpected > 0 && (skipFound < 0 || skipExpected <= skipFound)) return this.missing(skipExpected);
    if (skipFound > 0) return this.added(skipFound);
    this.expectedPosition += 1;
    this.foundPosition += 1;
    this.report({ kind: 'record-altered', position: this.expectedPosition, id: expected.id ?? idOf(found.line) });
    this.expectedHead += 1;
    this.foundHead += 1;
  }

  private missing(count: number): void {
    for (let index = 0; index < count; index += 1) {
      const expected = this.expected[this.expectedHead] as ExpectedRecord;
      this.expectedPosition += 1;
      this.report({ kind: 'record-missing', position: this.expectedPosition, id: expected.id });
      this.expectedHead += 1;
    }
  }

  private added(count: number): void {
    for (let index = 0; index < count; index += 1) {
      const found = this.found[this.foundHead] as FoundRecord;
      this.foundPosition += 1;
      this.report({ kind: 'record-added', position: this.foundPosition, id: idOf(found.line) });
      this.foundHead += 1;
    }
  }

  private indexAhead<T>(list: readonly T[], head: number, test: (item: T) => boolean): number {
    const end = Math.min(list.length, head + 1 + LOOKAHEAD);
    for (let index = head + 1; index < end; index += 1) if (test(list[index] as T)) return index - head;
    return -1;
  }

  /** Drops settled records from the front of the queues, now and then rather than one by one. */
  private compact(): void {
    if (this.expectedHead > 65_536) {
      this.expected.splice(0, this.expectedHead);
      this.expectedHead = 0;
    }
    if (this.foundHead > 65_536) {
      this.found.splice(0, this.foundHead);
      this.foundHead = 0;
    }
  }
}
