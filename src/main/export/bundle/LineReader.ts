import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;
/** A longer run without a line break is cut into lines this long, so a damaged file cannot fill memory. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * Reads one stored file of a bundle as lines, a chunk at a time, hashing every byte on the way (so
 * one pass gives both the file's SHA-256 and its lines). Lines are handed out in batches; a last line
 * without its line break is still a line.
 */
export class LineReader {
  readonly fileHash: Hash = createHash('sha256');
  private position: number;
  private readonly end: number;
  private carry: Buffer = Buffer.alloc(0);
  private finished = false;

  constructor(
    private readonly handle: FileHandle,
    start: number,
    size: number,
  ) {
    this.position = start;
    this.end = start + size;
  }

  get done(): boolean {
    return this.finished;
  }

  /** The next complete lines (without their line breaks); an empty list once done. */
  async nextBatch(): Promise<Buffer[]> {
    while (!this.finished) {
      const length = Math.min(CHUNK_BYTES, this.end - this.position);
      if (length <= 0) {
        this.finished = true;
        return this.carry.length > 0 ? [this.carry] : [];
      }
      const chunk = Buffer.allocUnsafe(length);
      const { bytesRead } = await this.handle.read(chunk, 0, length, this.position);
      if (bytesRead === 0) {
        this.finished = true;
        return this.carry.length > 0 ? [this.carry] : [];
      }
      this.position += bytesRead;
      const data = chunk.subarray(0, bytesRead);
      this.fileHash.update(data);
      const lines = this.split(data);
      if (lines.length > 0) return lines;
    }
    return [];
  }

  /** The lines completed by `data`; only the line carried over from the previous chunk is copied. */
  private split(data: Buffer): Buffer[] {
    const lines: Buffer[] = [];
    const first = data.indexOf(NEWLINE);
    if (first === -1) {
      this.carry = Buffer.concat([this.carry, data]);
      if (this.carry.length > MAX_LINE_BYTES) {
        lines.push(this.carry);
        this.carry = Buffer.alloc(0);
      }
      return lines;
    }
    lines.push(this.carry.length > 0 ? Buffer.concat([this.carry, data.subarray(0, first)]) : data.subarray(0, first));
    let start = first + 1;
    for (let at = data.indexOf(NEWLINE, start); at !== -1; at = data.indexOf(NEWLINE, start)) {
      lines.push(data.subarray(start, at));
      start = at + 1;
    }
    this.carry = Buffer.from(data.subarray(start));
    return lines;
  }
}
