/**
 * The POSIX ustar framing of a bundle, written and read here rather than by a library so that every
 * byte of a bundle is accounted for: each header must be exactly the one this module writes for its
 * name, size and time, padding must be zeros and the archive must end right after its two zero blocks.
 * A flipped byte anywhere (content, header or padding) is therefore caught, while `tar` still lists
 * and extracts the file.
 */
export const BLOCK = 512;
export const END_OF_ARCHIVE_BYTES = 2 * BLOCK;

/** The largest size the 11 octal digits hold; larger entries use the base-256 form GNU tar reads. */
const MAX_OCTAL_SIZE = 8 ** 11 - 1;

export interface TarEntryHeader {
  name: string;
  size: number;
  /** Modification time, seconds since the epoch. */
  mtime: number;
}

function writeText(block: Buffer, offset: number, length: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > length) throw new Error(`"${text}" does not fit a ${length}-byte tar field`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeText(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function writeSize(block: Buffer, size: number): void {
  if (size <= MAX_OCTAL_SIZE) return writeOctal(block, 124, 12, size);
  block[124] = 0x80;
  let rest = BigInt(size);
  for (let index = 135; index > 124; index -= 1) {
    block[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
}

function checksum(block: Buffer): number {
  let sum = 0;
  for (let index = 0; index < BLOCK; index += 1) sum += index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0);
  return sum;
}

/** The one header this module writes for a regular file of `size` bytes. */
export function ustarHeader({ name, size, mtime }: TarEntryHeader): Buffer {
  if (!/^[A-Za-z0-9._/-]{1,99}$/.test(name)) throw new Error(`"${name}" is not a bundle file name`);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`Bad tar entry size ${size}`);
  const block = Buffer.alloc(BLOCK);
  writeText(block, 0, 100, name);
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeSize(block, size);
  writeOctal(block, 136, 12, mtime);
  block[156] = 0x30; // '0': a regular file
  writeText(block, 257, 6, 'ustar\0');
  writeText(block, 263, 2, '00');
  writeOctal(block, 329, 8, 0);
  writeOctal(block, 337, 8, 0);
  writeText(block, 148, 8, `${checksum(block).toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** Zero bytes after an entry's content up to the next block boundary. */
export function paddingAfter(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function readOctal(block: Buffer, offset: number, length: number): number {
  const text = block.toString('latin1', offset, offset + length).replace(/[\0 ]+$/, '');
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number.NaN;
}

function readSize(block: Buffer): number {
  if ((block[124] ?? 0) & 0x80) {
    let value = 0n;
    for (let index = 125; index < 136; index += 1) value = (value << 8n) | BigInt(block[index] ?? 0);
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : Number.NaN;
  }
  return readOctal(block, 124, 12);
}

function isCanonical(header: TarEntryHeader, block: Buffer): boolean {
  try {
    return ustarHeader(header).equals(block);
  } catch {
    // A name or size this module would never write.
    return false;
  }
}

export type HeaderReading =
  { kind: 'entry'; header: TarEntryHeader; canonical: boolean } | { kind: 'end' } | { kind: 'invalid'; reason: string };

/**
 * Reads one 512-byte block where a header belongs. `canonical` says whether it is byte for byte the
 * header `ustarHeader` writes for what it says; `invalid` means it is no tar header at all.
 */
export function readUstarHeader(block: Buffer): HeaderReading {
  if (block.length !== BLOCK) return { kind: 'invalid', reason: 'the file ends inside a header' };
  if (block.every((byte) => byte === 0)) return { kind: 'end' };
  const stored = readOctal(block, 148, 8);
  if (stored !== checksum(block)) return { kind: 'invalid', reason: 'a header checksum does not match' };
  if (block.toString('latin1', 257, 263) !== 'ustar\0') return { kind: 'invalid', reason: 'not a ustar header' };
  const nameEnd = block.indexOf(0, 0);
  const name = block.toString('utf8', 0, nameEnd < 0 || nameEnd > 100 ? 100 : nameEnd);
  const size = readSize(block);
  const mtime = readOctal(block, 136, 12);
  if (!Number.isFinite(size) || !Number.isFinite(mtime))
    return { kind: 'invalid', reason: 'a header field is unreadable' };
  const header = { name, size, mtime };
  return { kind: 'entry', header, canonical: isCanonical(header, block) };
}
