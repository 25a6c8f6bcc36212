import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import { bundleUploadsDir } from '../../../../src/main/sources/BundleUploads';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { BundleOpenResult } from '../../../../src/shared/contract/bundleChannels';
import type { BundleUpload, BundleUploadProgress } from '../../../../src/shared/contract/bundleUpload';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import { writeTestBundle } from '../../support/writeTestBundle';

/** Far above any pid_max: no process has it. */
const GONE = 2_147_483_646;
const trusted = { trusted: true };
const IVY: Operator = { id: 'ivy', name: 'Ivy Investigator', role: 'investigator', scope: null };
const IAN: Operator = { id: 'ian', name: 'Ian Investigator', role: 'investigator', scope: null };
const SAM: Operator = { id: 'sam', name: 'Sam Support', role: 'supportLead', scope: null };

let core: ConsoleCore;
let dataDir: string;
let folder: string;
let operator: Operator = IVY;

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

const call = (channel: string, request: unknown) => core.router.handle(channel, request, trusted);
const uploadsLeft = () => readdirSync(bundleUploadsDir(dataDir));

/** Sends a file as the browser does: begin, then every chunk in order; answers the upload id. */
async function upload(path: string, fileName: string): Promise<string> {
  const bytes = readFileSync(path);
  const begun = data<BundleUpload>(await call('bundle/upload/begin', { fileName, bytes: bytes.length }));
  let progress: BundleUploadProgress | null = null;
  for (let index = 0; index < begun.chunks; index += 1) {
    const chunk = bytes.subarray(index * begun.chunkBytes, (index + 1) * begun.chunkBytes);
    const request = { uploadId: begun.uploadId, index, data: chunk.toString('base64') };
    progress = data<BundleUploadProgress>(await call('bundle/upload/chunk', request));
  }
  expect(progress).toEqual({ receivedBytes: bytes.length, bytes: bytes.length, complete: true });
  return begun.uploadId;
}

function journalLines(): { channel?: string; operatorId?: string; outcome?: string; code?: string }[] {
  return readFileSync(join(dataDir, 'journal', 'operator-journal.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { channel?: string; operatorId?: string; outcome?: string });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bundle-upload-'));
  folder = mkdtempSync(join(tmpdir(), 'bundle-upload-files-'));
  // An upload a crashed console left behind, and one of a console still running.
  mkdirSync(bundleUploadsDir(dataDir), { recursive: true });
  writeFileSync(join(bundleUploadsDir(dataDir), `${GONE}-${randomUUID()}.part`), 'partial');
  writeFileSync(join(bundleUploadsDir(dataDir), `${process.ppid}-${randomUUID()}.part`), 'partial');
  core = await createConsole({
    dataDir,
    settingsStore: new FileSettingsStore(join(dataDir, 'settings.json')),
    secretStore: new MemorySecretStore(),
    demoWorkspace: { dataset: { clients: 3, days: 1, seed: 'bundle-upload', endDate: '2024-03-02' } },
    user: { id: 'ivy', name: 'Ivy' },
    resolveOperator: () => operator,
    transport: 'http',
    version: 'test',
  });
});
afterAll(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

describe('uploading a bundle through the router (browser mode)', () => {
  it('at start, removes the uploads a stopped console left unfinished', () => {
    expect(uploadsLeft()).toEqual([expect.stringMatching(new RegExp(`^${process.ppid}-`))]);
    rmSync(join(bundleUploadsDir(dataDir), uploadsLeft()[0] ?? ''));
  });

  it('opens an uploaded bundle read-only under its own name, and removes the upload', async () => {
    operator = IVY;
    const path = await writeTestBundle(dataDir, folder, 'evidence.acbundle');
    const opened = data<BundleOpenResult>(
      await call('bundle/open', { uploadId: await upload(path, 'evidence.acbundle') }),
    );
    if (!opened.opened) throw new Error(JSON.stringify(opened.verdict.problems));
    expect(opened.bundle).toMatchObject({ file: 'evidence.acbundle', verdict: 'intact', records: 3 });
    expect(uploadsLeft()).toEqual([]);
    expect(data(await call('bundle/close', {}))).toMatchObject({ closed: true });
  });

  it('refuses a tampered upload with the same verdict as the same file from disk, and removes it', async () => {
    operator = IVY;
    const path = await writeTestBundle(dataDir, folder, 'tampered.acbundle');
    const bytes = readFileSync(path, 'latin1');
    writeFileSync(path, Buffer.from(bytes.replace('wallet W-1 frozen', 'wallet W-1 thawed'), 'latin1'));
    const fromDisk = data<BundleOpenResult>(await call('bundle/open', { path }));
    const uploaded = data<BundleOpenResult>(
      await call('bundle/open', { uploadId: await upload(path, 'tampered.acbundle') }),
    );
    if (fromDisk.opened || uploaded.opened) throw new Error('a tampered bundle was opened');
    expect(uploaded.verdict.verdict).toBe('altered');
    expect(uploaded.verdict.problems.length).toBeGreaterThan(0);
    expect(uploaded.verdict.problems).toEqual(fromDisk.verdict.problems);
    expect(uploaded.verdict.checks).toEqual(fromDisk.verdict.checks);
    // Named as the operator chose it, never by the temporary file in the data folder.
    expect(uploaded.verdict.path).toBe('tampered.acbundle');
    expect(JSON.stringify(uploaded)).not.toContain(dataDir);
    expect(uploadsLeft()).toEqual([]);
    // Not opened: both attempts are journaled as refused, so an auditor reading the refusals sees them.
    const opens = journalLines().filter((line) => line.channel === 'bundle/open');
    expect(opens.slice(-2)).toEqual([
      expect.objectContaining({ outcome: 'refused', code: 'CORRUPT' }),
      expect.objectContaining({ outcome: 'refused', code: 'CORRUPT' }),
    ]);
  });

  it('refuses a file that is not a bundle by the name the operator chose', async () => {
    operator = IVY;
    const path = join(folder, 'notes.acbundle');
    writeFileSync(path, 'id,created\n1,2026-01-01\n'.repeat(50));
    const answer = data<BundleOpenResult>(
      await call('bundle/open', { uploadId: await upload(path, 'notes.acbundle') }),
    );
    if (answer.opened) throw new Error('a CSV file was opened');
    expect(answer.verdict.unreadable).toBe('notes.acbundle is not an Audit Console bundle (it is not a tar archive).');
    expect(
      journalLines()
        .filter((line) => line.channel === 'bundle/open')
        .at(-1),
    ).toMatchObject({
      outcome: 'refused',
      code: 'CORRUPT',
    });
  });

  it('journals an intact bundle opened as served', async () => {
    operator = IVY;
    const path = await writeTestBundle(dataDir, folder, 'served.acbundle');
    const opened = data<BundleOpenResult>(await call('bundle/open', { path }));
    expect(opened.opened).toBe(true);
    const line = journalLines()
      .filter((each) => each.channel === 'bundle/open')
      .at(-1);
    expect(line).toMatchObject({ outcome: 'ok' });
    expect(line?.code).toBeUndefined();
    expect(data(await call('bundle/close', {}))).toMatchObject({ closed: true });
  });

  it("refuses another operator's upload id on every step, and journals each refusal", async () => {
    operator = IVY;
    const { uploadId } = data<BundleUpload>(await call('bundle/upload/begin', { fileName: 'x.acbundle', bytes: 4 }));
    operator = IAN;
    const steps: [string, unknown][] = [
      ['bundle/upload/chunk', { uploadId, index: 0, data: Buffer.from('abcd').toString('base64') }],
      ['bundle/open', { uploadId }],
      ['bundle/upload/cancel', { uploadId }],
    ];
    for (const [channel, request] of steps) {
      expect(await call(channel, request), channel).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        field: 'uploadId',
        message: 'This bundle upload was begun by another operator; choose the file again to upload it yourself.',
      });
    }
    const refused = journalLines().filter((line) => line.operatorId === 'ian' && line.outcome === 'refused');
    expect(refused.map((line) => line.channel)).toEqual(steps.map(([channel]) => channel));
    expect(uploadsLeft()).toHaveLength(1);
    operator = IVY;
    expect(data(await call('bundle/upload/cancel', { uploadId }))).toEqual({ cancelled: true });
  });

  it('refuses a chunk beyond the declared size, an oversize chunk and a file over the limit', async () => {
    operator = IVY;
    const { uploadId } = data<BundleUpload>(await call('bundle/upload/begin', { fileName: 'x.acbundle', bytes: 10 }));
    const beyond = await call('bundle/upload/chunk', {
      uploadId,
      index: 0,
      data: Buffer.alloc(11).toString('base64'),
    });
    expect(beyond).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'data' });
    if (!beyond.ok) expect(beyond.message).toMatch(/^Chunk 0 goes beyond the 10 bytes declared for x\.acbundle/);
    const oversize = await call('bundle/upload/chunk', {
      uploadId,
      index: 0,
      data: Buffer.alloc(600 * 1024).toString('base64'),
    });
    expect(oversize).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/data: A chunk holds at most 512 KiB$/),
    });
    const tooLarge = await call('bundle/upload/begin', { fileName: 'huge.acbundle', bytes: 5 * 1024 ** 3 });
    expect(tooLarge).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    if (!tooLarge.ok)
      expect(tooLarge.message).toMatch(/bytes: The file is larger than 4 GiB, the most an upload takes/);
    expect(data(await call('bundle/upload/cancel', { uploadId }))).toEqual({ cancelled: true });
  });

  it('cancel removes the partly uploaded file; the id is then unknown', async () => {
    operator = IVY;
    const { uploadId } = data<BundleUpload>(
      await call('bundle/upload/begin', { fileName: 'half.acbundle', bytes: 1024 * 1024 }),
    );
    data(await call('bundle/upload/chunk', { uploadId, index: 0, data: Buffer.alloc(512 * 1024).toString('base64') }));
    expect(uploadsLeft()).toHaveLength(1);
    const early = await call('bundle/open', { uploadId });
    expect(early).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    if (!early.ok)
      expect(early.message).toBe(
        'half.acbundle is not fully uploaded: 512 KiB of 1 MiB received. Send the rest, or choose the file again.',
      );
    expect(data(await call('bundle/upload/cancel', { uploadId }))).toEqual({ cancelled: true });
    expect(uploadsLeft()).toEqual([]);
    expect(await call('bundle/upload/chunk', { uploadId, index: 1, data: 'AAAA' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it.each([
    ['bundle/upload/begin', { fileName: '', bytes: 4 }, /fileName: Give the name of the bundle file$/],
    [
      'bundle/upload/begin',
      { fileName: 'x.acbundle', bytes: 0 },
      /bytes: The file is empty, so it cannot be a bundle$/,
    ],
    ['bundle/upload/begin', { fileName: 'x.acbundle', bytes: 1.5 }, /bytes: Give the file size as a whole number/],
    ['bundle/upload/chunk', { uploadId: 'junk', index: 0, data: 'AAAA' }, /uploadId: Give the upload id/],
    ['bundle/upload/chunk', { uploadId: randomUUID(), index: -1, data: 'AAAA' }, /index: /],
    [
      'bundle/upload/chunk',
      { uploadId: randomUUID(), index: 0, data: 'not base64!' },
      /data: The chunk is not base64$/,
    ],
    [
      'bundle/open',
      { uploadId: randomUUID(), path: '/tmp/x' },
      /Give either the path of a bundle file or the id of an uploaded one \(not both\)$/,
    ],
  ])('refuses junk: %s %j', async (channel, request, message) => {
    operator = IVY;
    const answer = await call(channel, request);
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(message) });
    expect(uploadsLeft()).toEqual([]);
  });

  it('refuses a role that may not open bundles', async () => {
    operator = SAM;
    expect(await call('bundle/upload/begin', { fileName: 'x.acbundle', bytes: 4 })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message:
        'Your role (Support lead) does not allow this (export:run); it is for the Auditor, Risk officer and Investigator roles: ask a console admin for one.',
    });
    expect(uploadsLeft()).toEqual([]);
  });
});
