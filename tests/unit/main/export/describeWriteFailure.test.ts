import { describe, expect, it } from 'vitest';
import { describeWriteFailure } from '../../../../src/main/export/describeWriteFailure';

const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('a file-system failure while exporting', () => {
  // A failure the folder is to blame for names it, so the dialog marks the Folder field and goes there.
  it.each([
    ['EACCES', 'BAD_REQUEST', /may not write in \/x/, 'directory'],
    ['EPERM', 'BAD_REQUEST', /may not write in \/x/, 'directory'],
    ['EROFS', 'BAD_REQUEST', /read-only disk/, 'directory'],
    ['ENOENT', 'NOT_FOUND', /does not exist \(any more\)/, 'directory'],
    ['ENOTDIR', 'NOT_FOUND', /does not exist \(any more\)/, 'directory'],
    [
      'ENAMETOOLONG',
      'BAD_REQUEST',
      /^The folder path, or a name in it, is longer than this disk takes; choose/,
      'directory',
    ],
    ['ENOSPC', 'DISK_FULL', /is full/, undefined],
    ['EIO', 'UNAVAILABLE', /input\/output error/, undefined],
  ])('%s: %s', (errno, code, message, field) => {
    const described = describeWriteFailure(failure(errno), '/x');
    expect(described).toMatchObject({ code, message: expect.stringMatching(message) });
    expect(described.field).toBe(field);
  });
});
