import { generateKeyPairSync, sign } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { indexBundle, readEntry } from '../../../../../src/main/export/bundle/bundleIndex';
import { END_OF_ARCHIVE_BYTES, paddingAfter, ustarHeader } from '../../../../../src/main/export/bundle/ustar';
import { fingerprintOf } from '../../../../../src/main/export/signing/bundleKey';

/** A bundle's files by name, in archive order, as a tampering tool extracts them. */
export type Entries = Map<string, Buffer>;

export async function extract(path: string): Promise<{ entries: Entries; mtime: number }> {
  const handle = await open(path, 'r');
  try {
    const index = await indexBundle(handle, (await handle.stat()).size, path);
    const entries: Entries = new Map();
    for (const entry of index.entries) entries.set(entry.name, await readEntry(handle, entry));
    return { entries, mtime: index.entries[0]?.mtime ?? 0 };
  } finally {
    await handle.close();
  }
}

/** Writes entries back as a well-formed tar, exactly as the console frames one: only the content differs. */
export async function repack(path: string, entries: Entries, mtime: number): Promise<void> {
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    parts.push(ustarHeader({ name, size: content.length, mtime }), content, Buffer.alloc(paddingAfter(content.length)));
  }
  parts.push(Buffer.alloc(END_OF_ARCHIVE_BYTES));
  await writeFile(path, Buffer.concat(parts));
}

/** Extracts, lets `edit` change the files, and packs them again. */
export async function tamper(path: string, edit: (entries: Entries) => void): Promise<void> {
  const { entries, mtime } = await extract(path);
  edit(entries);
  await repack(path, entries, mtime);
}

export function lines(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\n');
}

/** Flips one bit of the byte at `offset` of the file. */
export async function flipByte(path: string, offset: number): Promise<void> {
  const bytes = await readFile(path);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
  await writeFile(path, bytes);
}

/** Signs the manifest again with a freshly made key, as a forger would: the signature itself is valid. */
export function resignWithAnotherKey(entries: Entries): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const manifest = JSON.parse((entries.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8')) as {
    signer: { publicKey: string; fingerprint: string };
  };
  const fingerprint = fingerprintOf(publicKey);
  manifest.signer = {
    ...manifest.signer,
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    fingerprint,
  };
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  entries.set('manifest.json', bytes);
  entries.set('manifest.sig', Buffer.from(`${sign(null, bytes, privateKey).toString('base64')}\n`));
  return fingerprint;
}
