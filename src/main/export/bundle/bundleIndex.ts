import type { FileHandle } from 'node:fs/promises';
import { BUNDLE_FILES } from '../../../shared/domain/bundleFormat';
import { BLOCK, END_OF_ARCHIVE_BYTES, paddingAfter, readUstarHeader } from './ustar';

export interface BundleEntry {
  name: string;
  size: number;
  mtime: number;
  /** Byte offset of the content in the bundle file. */
  contentAt: number;
}

export interface BundleIndex {
  entries: BundleEntry[];
  /** Damage to the archive itself (headers, padding, end), each in words. */
  framingProblems: string[];
}

/** The file cannot be read as a bundle at all; `reason` says what it is instead. */
export class UnreadableBundleError extends Error {}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let offset = 0;
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset);
    if (bytesRead === 0) return buffer.subarray(0, offset);
    offset += bytesRead;
  }
  return buffer;
}

/**
 * Walks the archive's headers without reading the content: where each file is, and every way the
 * framing differs from what a bundle writer produces (a header changed, padding not zero, bytes after
 * the end). A file whose first header is no tar header, or whose first file is not `format.json`, is
 * not a bundle.
 */
export async function indexBundle(handle: FileHandle, fileSize: number, path: string): Promise<BundleIndex> {
  const entries: BundleEntry[] = [];
  const framingProblems: string[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (;;) {
    if (position + BLOCK > fileSize) {
      framingProblems.push(
        `the archive stops at byte ${fileSize.toLocaleString('en')} without its end marker (the file was cut short)`,
      );
      break;
    }
    const reading = readUstarHeader(await readAt(handle, position, BLOCK));
    if (reading.kind === 'invalid') {
      if (position === 0)
        throw new UnreadableBundleError(`${path} is not an Audit Console bundle (it is not a tar archive).`);
      framingProblems.push(
        `the archive is damaged at byte ${position.toLocaleString('en')} (${reading.reason}); what follows cannot be read`,
      );
      break;
    }
    if (reading.kind === 'end') {
      const second = await readAt(handle, position + BLOCK, BLOCK);
      if (second.length < BLOCK || !second.every((byte) => byte === 0)) {
        framingProblems.push('the end-of-archive marker was altered');
      }
      const extra = fileSize - (position + END_OF_ARCHIVE_BYTES);
      if (extra > 0)
        framingProblems.push(`${extra.toLocaleString('en')} bytes were added after the end of the archive`);
      break;
    }
    const { header, canonical } = reading;
    if (entries.length === 0 && header.name !== BUNDLE_FILES.format) {
      throw new UnreadableBundleError(
        `${path} is a tar archive but not an Audit Console bundle (it has no ${BUNDLE_FILES.format}).`,
      );
    }
    if (!canonical) framingProblems.push(`the tar header of ${header.name} was altered`);
    if (seen.has(header.name)) framingProblems.push(`${header.name} appears twice in the archive`);
    seen.add(header.name);
    const contentAt = position + BLOCK;
    entries.push({ name: header.name, size: header.size, mtime: header.mtime, contentAt });
    const padding = paddingAfter(header.size);
    const end = contentAt + header.size;
    if (end + padding > fileSize) {
      framingProblems.push(`${header.name} is cut short: the file ends inside it`);
      break;
    }
    if (padding > 0 && !(await readAt(handle, end, padding)).every((byte) => byte === 0)) {
      framingProblems.push(`the padding after ${header.name} was altered`);
    }
    position = end + padding;
  }
  const mtimes = new Set(entries.map((entry) => entry.mtime));
  if (mtimes.size > 1)
    framingProblems.push('the files carry different times in their tar headers (a header was altered)');
  return { entries, framingProblems };
}

/** Reads a whole (small) entry: the JSON files of a bundle. */
export async function readEntry(handle: FileHandle, entry: BundleEntry, limit = 256 * 1024 * 1024): Promise<Buffer> {
  if (entry.size > limit) throw new UnreadableBundleError(`${entry.name} is too large to be a bundle's ${entry.name}.`);
  return readAt(handle, entry.contentAt, entry.size);
}
