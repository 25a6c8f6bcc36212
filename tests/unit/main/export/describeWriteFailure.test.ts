import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWriteFailure } from '../../../../src/main/export/describeWriteFailure';
import { ExportFile } from '../../../../src/main/export/ExportFile';

const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

let scratch: string;
let aFile: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'write-failure-'));
  aFile = join(scratch, 'notes.txt');
  await writeFile(aFile, 'not a folder');
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('a file-system failure while exporting', () => {
  // A failure the folder is to blame for names it, so the dialog marks the Folder field and goes there.
  it.each([
    ['EACCES', 'BAD_REQUEST', /^You may not write in \/x; choose a folder you can write to\.$/, 'directory'],
    ['EPERM', 'BAD_REQUEST', /may not write in \/x/, 'directory'],
    ['EROFS', 'BAD_REQUEST', /^\/x is on a read-only disk; choose another folder\.$/, 'directory'],
    [
      'ENAMETOOLONG',
      'BAD_REQUEST',
      /^The folder path, or a name in it, is longer than this disk takes; choose/,
      'directory',
    ],
    ['ENOSPC', 'DISK_FULL', /is full/, undefined],
    ['EIO', 'UNAVAILABLE', /input\/output error/, undefined],
  ])('%s: %s', async (errno, code, message, field) => {
    const described = await describeWriteFailure(failure(errno), { folder: '/x' });
    expect(described).toMatchObject({ code, message: expect.stringMatching(message) });
    expect(described.field).toBe(field);
  });
});

describe('a name that could not be found: the folder is looked at, and the sentence says what is there', () => {
  const spec = (directory: string) => ({ directory, fileName: 'evidence.csv', replace: false });

  it('a folder that exists but takes no new file (/proc refuses even an administrator)', async () => {
    await expect(ExportFile.create(spec('/proc'), '.csv')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '/proc exists, but no file can be created in it; choose another folder.',
      field: 'directory',
    });
  });

  it('a folder path with a file on the way', async () => {
    await expect(ExportFile.create(spec(join(aFile, 'evidence')), '.csv')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: `${join(aFile, 'evidence')} cannot be a folder: a part of its path is a file; choose another folder.`,
      field: 'directory',
    });
  });

  it.each([
    [
      'a folder that is gone',
      () => join(scratch, 'gone'),
      'ENOENT',
      /^The folder \S+gone does not exist \(any more\); choose another\.$/,
    ],
    [
      'a file where the folder was',
      () => aFile,
      'ENOTDIR',
      /^\S+notes\.txt is a file, not a folder; choose a folder\.$/,
    ],
  ])('%s', async (_what, folder, errno, message) => {
    const described = await describeWriteFailure(failure(errno), { folder: folder() });
    expect(described).toMatchObject({ code: expect.any(String), message: expect.stringMatching(message) });
    expect(described.field).toBe('directory');
  });

  it('a file removed while it was written, in a folder still there: the folder is not blamed', async () => {
    const file = join(scratch, 'evidence.csv');
    const described = await describeWriteFailure(failure('ENOENT'), { folder: scratch, file });
    expect(described.message).toBe(`The file being written in ${scratch} was removed meanwhile; nothing was kept.`);
    expect(described.field).toBeUndefined();
  });

  it("the console's own folder is named, never to be chosen again", async () => {
    const place = {
      folder: join(scratch, 'gone'),
      file: 'the upload of a.bundle',
      folderName: "the console's data folder",
    };
    const missing = await describeWriteFailure(failure('ENOENT'), place);
    expect(missing.message).toBe("The console's data folder does not exist (any more).");
    expect(missing.field).toBeUndefined();
    const full = await describeWriteFailure(failure('ENOSPC'), place);
    expect(full.message).toBe(
      'The disk holding the upload of a.bundle is full (or your quota is used up); nothing was kept. Free some space.',
    );
  });
});
