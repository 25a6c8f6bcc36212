import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;
/** A longer run without a line break is cut into lines this long, so a damaged file cannot fill memory. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface LineBatch {
  /** The lines, without their line breaks: views valid only until the next `nextBatch`. */
  lines: Buffer[];
  /** Where each line starts in the bundle file. */
  offsets: number[];
}

/**
 * Reads one stored file of a bundle as lines, a chunk at a time into one reused buffer, hashing every
 * byte on the way (so one pass gives both the file's SHA-256 and its lines). Lines are handed out in
 * batches as views into that buffer, so reading a large file allocates almost nothing; a caller keeps
 * what it needs of a line (its hash, its offset) before asking for the next batch. A last line without
 * its line break is still a line.
 */
export class LineReader {
  readonly fileHash: Hash = createHash('sha256');
  private position: number;
  private readonly end: number;
  private readonly buffer: Buffer;
  private carry: Buffer = Buffer.alloc(0);
  private carryOffset: number;
  private finished = false;

  /** `chunkBytes`: how much is read at a time (a file of short lines needs less for as many lines). */
  constructor(
    private readonly handle: FileHandle,
    start: number,
    size: number,
    chunkBytes = CHUNK_BYTES,
  ) {
    this.position = start;
    this.carryOffset = start;
    this.end = start + size;
    this.buffer = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(size, 1)));
  }

  get done(): boolean {
    return this.finished;
  }

  /** The next complete lines; an empty batch once done. */
  async nextBatch(): Promise<LineBatch> {
    while (!this.finished) {
      const length = Math.min(this.buffer.length, this.end - this.position);
      const { bytesRead } =
        length > 0 ? await this.handle.read(this.buffer, 0, length, this.position) : { bytesRead: 0 };
      if (bytesRead === 0) {
        this.finished = true;
        return this.carry.length > 0
          ? { lines: [this.carry], offsets: [this.carryOffset] }
          : { lines: [], offsets: [] };
      }
      const at = this.position;
      this.position += bytesRead;
      const data = this.buffer.subarray(0, bytesRead);
      this.fileHash.update(data);
      const batch = this.split(data, at);
      if (batch.lines.length > 0) return batch;
    }
    return { lines: [], offsets: [] };
  }

  /** The lines completed by `data` (read from file offset `at`); the unfinished last one is copied. */
  private split(data: Buffer, at: number): LineBatch {
    const lines: Buffer[] = [];
    const offsets: number[] = [];
    const first = data.indexOf(NEWLINE);
    if (first === -1) {
      this.carry = Buffer.concat([this.carry, data]);
      if (this.carry.length > MAX_LINE_BYTES) {
        lines.push(this.carry);
        offsets.push(this.carryOffset);
        this.carry = Buffer.alloc(0);
        this.carryOffset = at + data.length;
      }
      return { lines, offsets };
    }
    lines.push(this.carry.length > 0 ? Buffer.concat([this.carry, data.subarray(0, first)]) : data.subarray(0, first));
    offsets.push(this.carry.length > 0 ? this.carryOffset : at);
    let start = first + 1;
    for (let next = data.indexOf(NEWLINE, start); next !== -1; next = data.indexOf(NEWLINE, start)) {
      lines.push(data.subarray(start, next));
      offsets.push(at + start);
      start = next + 1;
    }
    this.carry = Buffer.from(data.subarray(start));
    this.carryOffset = at + start;
    return { lines, offsets };
  }
}

/** The line of a stored file that starts at `offset` (at most `limit` bytes): to name a record afterwards. */
export async function readLineAt(
  handle: FileHandle,
  offset: number,
  end: number,
  limit = 1024 * 1024,
): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, Math.min(limit, end - offset)));
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
  const line = buffer.subarray(0, bytesRead);
  const newline = line.indexOf(NEWLINE);
  return newline === -1 ? line : line.subarray(0, newline);
}
