import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BundleUploads, removeStaleBundleUploads } from '../../../../src/main/sources/BundleUploads';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { mountReadOnlyDisk, smallDiskUnavailable } from '../files/smallDisk';

/** Far above any pid_max: no process has it. */
const GONE = 2_147_483_646;
const CHUNK = 4;
let dir: string;
let uploads: BundleUploads;
let clock: number;

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'bundle-uploads-')), 'uploads');
  clock = 1_000_000;
  uploads = new BundleUploads(dir, { chunkBytes: CHUNK, maxPerOperator: 2, idleMs: 60_000, now: () => clock });
});
afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

const b64 = (text: string) => Buffer.from(text).toString('base64');

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; field?: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConsoleError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
}

async function parts(): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.part'));
}

describe('BundleUploads', () => {
  it('writes numbered chunks in order into one file and hands it over, under the chosen name, once complete', async () => {
    const begun = await uploads.begin('ivy', 'evidence.acbundle', 10);
    expect(begun).toEqual({ uploadId: expect.any(String), chunkBytes: CHUNK, chunks: 3 });
    expect(await uploads.chunk('ivy', begun.uploadId, 0, b64('abcd'))).toEqual({
      receivedBytes: 4,
      bytes: 10,
      complete: false,
    });
    await uploads.chunk('ivy', begun.uploadId, 1, b64('efgh'));
    expect(await uploads.chunk('ivy', begun.uploadId, 2, b64('ij'))).toMatchObject({ complete: true });
    const seen = await uploads.useComplete('ivy', begun.uploadId, async (path, name) => ({
      name,
      bytes: await readFile(path, 'utf8'),
    }));
    expect(seen).toEqual({ name: 'evidence.acbundle', bytes: 'abcdefghij' });
    expect(await parts()).toEqual([]);
    // Used once: the id is gone.
    expect(await refusal(uploads.useComplete('ivy', begun.uploadId, async () => null))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it.each([
    ['a repeated chunk', 0, 'abcd', /^Chunk 0 of e\.acbundle was already received; send chunk 1 next\.$/],
    ['a chunk out of order', 2, 'ij', /^Chunk 2 of e\.acbundle came before chunk 1; send the chunks in order\.$/],
    ['a short chunk', 1, 'ef', /^Chunk 1 of e\.acbundle holds 2 bytes; it must hold 4 bytes\.$/],
  ])('refuses %s and keeps what was received', async (_what, index, text, message) => {
    const { uploadId } = await uploads.begin('ivy', 'e.acbundle', 10);
    await uploads.chunk('ivy', uploadId, 0, b64('abcd'));
    expect(await refusal(uploads.chunk('ivy', uploadId, index, b64(text)))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(message),
    });
    expect(await uploads.chunk('ivy', uploadId, 1, b64('efgh'))).toMatchObject({ receivedBytes: 8 });
  });

  it('refuses a chunk beyond the declared size, and one after the last', async () => {
    const { uploadId } = await uploads.begin('ivy', 'e.acbundle', 6);
    await uploads.chunk('ivy', uploadId, 0, b64('abcd'));
    const beyond = await refusal(uploads.chunk('ivy', uploadId, 1, b64('efgh')));
    expect(beyond).toMatchObject({ code: 'BAD_REQUEST', field: 'data' });
    expect(beyond.message).toMatch(/^Chunk 1 goes beyond the 6 bytes declared for e\.acbundle/);
    await uploads.chunk('ivy', uploadId, 1, b64('ef'));
    expect(await refusal(uploads.chunk('ivy', uploadId, 2, b64('g')))).toMatchObject({
      message: expect.stringMatching(/^Chunk 2 goes beyond the 6 bytes declared/),
    });
  });

  it('refuses an upload id of another operator on every step, and leaves the upload to its owner', async () => {
    const { uploadId } = await uploads.begin('ivy', 'e.acbundle', 4);
    const forbidden = { code: 'FORBIDDEN', message: expect.stringMatching(/begun by another operator/) };
    expect(await refusal(uploads.chunk('mallory', uploadId, 0, b64('abcd')))).toMatchObject(forbidden);
    await uploads.chunk('ivy', uploadId, 0, b64('abcd'));
    expect(await refusal(uploads.useComplete('mallory', uploadId, async () => null))).toMatchObject(forbidden);
    expect(await refusal(uploads.cancel('mallory', uploadId))).toMatchObject(forbidden);
    expect(await parts()).toHaveLength(1);
    expect(await uploads.useComplete('ivy', uploadId, async (_path, name) => name)).toBe('e.acbundle');
  });

  it('refuses to open an upload that is not complete, naming how much arrived', async () => {
    const { uploadId } = await uploads.begin('ivy', 'e.acbundle', 2 * 1024 * 1024);
    expect(await refusal(uploads.useComplete('ivy', uploadId, async () => null))).toEqual({
      code: 'BAD_REQUEST',
      field: 'uploadId',
      message: 'e.acbundle is not fully uploaded: 0 bytes of 2 MiB received. Send the rest, or choose the file again.',
    });
  });

  it('removes the file on cancel, and after a use that failed', async () => {
    const first = await uploads.begin('ivy', 'a.acbundle', 4);
    expect(await parts()).toHaveLength(1);
    expect(await uploads.cancel('ivy', first.uploadId)).toBe(true);
    expect(await parts()).toEqual([]);
    expect(await uploads.cancel('ivy', first.uploadId)).toBe(false);
    expect(await refusal(uploads.chunk('ivy', first.uploadId, 0, b64('abcd')))).toMatchObject({ code: 'NOT_FOUND' });

    const second = await uploads.begin('ivy', 'b.acbundle', 4);
    await uploads.chunk('ivy', second.uploadId, 0, b64('abcd'));
    const failing = uploads.useComplete('ivy', second.uploadId, () => Promise.reject(new Error('verifier crashed')));
    await expect(failing).rejects.toThrow('verifier crashed');
    expect(await parts()).toEqual([]);
  });

  it('limits the uploads one operator has under way, and gives up idle ones when the next begins', async () => {
    await uploads.begin('ivy', 'a.acbundle', 4);
    await uploads.begin('ivy', 'b.acbundle', 4);
    expect(await refusal(uploads.begin('ivy', 'c.acbundle', 4))).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'You have 2 bundle uploads under way, the most at once; finish or cancel one first.',
    });
    await uploads.begin('bob', 'c.acbundle', 4);
    clock += 60_001;
    await uploads.begin('ivy', 'd.acbundle', 4);
    expect(await parts()).toHaveLength(1);
  });

  it('close removes every upload under way', async () => {
    await uploads.begin('ivy', 'a.acbundle', 4);
    await uploads.begin('bob', 'b.acbundle', 4);
    await uploads.close();
    expect(await parts()).toEqual([]);
  });
});

describe('removeStaleBundleUploads', () => {
  it('removes the uploads of consoles no longer running, and leaves those of running ones and other files', async () => {
    await mkdir(dir, { recursive: true });
    const stale = `${GONE}-${randomUUID()}.part`;
    const live = `${process.pid}-${randomUUID()}.part`;
    for (const name of [stale, live, 'notes.txt']) await writeFile(join(dir, name), 'partial');
    expect(await removeStaleBundleUploads(dir)).toEqual([stale]);
    expect((await readdir(dir)).sort()).toEqual([live, 'notes.txt'].sort());
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await removeStaleBundleUploads(join(dir, 'none'))).toEqual([]);
  });
});

describe.skipIf(smallDiskUnavailable !== null)('BundleUploads on a read-only disk', () => {
  it('names the read-only disk, not a missing folder, when its folder cannot be made there', async () => {
    const disk = mountReadOnlyDisk();
    try {
      const onDisk = new BundleUploads(join(disk.dir, 'data', 'uploads'), { chunkBytes: CHUNK });
      const refused = await refusal(onDisk.begin('ivy', 'evidence.acbundle', 10));
      expect(refused.message).toMatch(/read-only disk/);
      expect(await disk.files()).toEqual([]);
    } finally {
      disk.unmount();
    }
  });
});
