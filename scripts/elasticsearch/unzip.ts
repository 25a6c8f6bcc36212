import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { runOrThrow, which } from './exec';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/** Unpacks a zip with `unzip` when it is installed, else with the built-in reader below. */
export async function extractZip(zipPath: string, destination: string): Promise<void> {
  const unzip = which('unzip');
  if (unzip !== undefined) {
    await runOrThrow(unzip, ['-q', '-o', zipPath, '-d', destination], `unzip ${zipPath}`);
    return;
  }
  extractZipWithNode(zipPath, destination);
}

/**
 * A minimal zip reader (stored and deflated entries, Unix modes and symlinks, no zip64),
 * enough for the Elasticsearch distribution on machines without `unzip`.
 */
export function extractZipWithNode(zipPath: string, destination: string): void {
  const zip = readFileSync(zipPath);
  const root = resolve(destination);
  mkdirSync(root, { recursive: true });
  const eocd = findEndOfCentralDirectory(zip);
  const entryCount = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff) throw new Error(`${zipPath}: zip64 archives are not supported`);
  // Directory modes are applied last, so a read-only directory does not block its own entries.
  const directoryModes: [string, number][] = [];

  for (let i = 0; i < entryCount; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new Error(`${zipPath}: corrupt central directory`);
    const method = zip.readUInt16LE(offset + 10);
    const expectedCrc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const madeOnUnix = zip.readUInt8(offset + 5) === 3;
    const mode = madeOnUnix ? zip.readUInt32LE(offset + 38) >>> 16 : 0;
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;

    const target = resolve(root, name);
    if (target !== root && !target.startsWith(root + sep)) {
      throw new Error(`${zipPath}: entry "${name}" would be written outside ${root}`);
    }
    if (name.endsWith('/') || (mode & S_IFMT) === S_IFDIR) {
      mkdirSync(target, { recursive: true });
      if ((mode & 0o777) !== 0) directoryModes.push([target, mode & 0o777]);
      continue;
    }
    const data = readEntryData(zip, localOffset, method, compressedSize, name);
    if (crc32(data) !== expectedCrc) throw new Error(`${zipPath}: CRC mismatch for "${name}"`);
    mkdirSync(dirname(target), { recursive: true });
    if ((mode & S_IFMT) === S_IFLNK) {
      symlinkSync(data.toString('utf8'), target);
      continue;
    }
    writeFileSync(target, data);
    const permissions = mode & 0o777;
    if (permissions !== 0) chmodSync(target, permissions);
  }
  for (const [directory, permissions] of directoryModes.reverse()) chmodSync(directory, permissions);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new Error('not a zip file (no end of central directory record)');
}

function readEntryData(zip: Buffer, localOffset: number, method: number, size: number, name: string): Buffer {
  if (zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new Error(`corrupt local header for "${name}"`);
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const raw = zip.subarray(start, start + size);
  if (method === 0) return raw;
  if (method === 8) return inflateRawSync(raw);
  throw new Error(`unsupported compression method ${method} for "${name}"`);
}
