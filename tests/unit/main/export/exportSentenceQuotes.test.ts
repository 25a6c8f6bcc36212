import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExportTarget, ExportFile } from '../../../../src/main/export/ExportFile';
import { createLocalTimeFormatter } from '../../../../src/main/export/localTime';
import { trustedKeys } from '../../../../src/main/export/signing/trustedKeys';
import { shownInSentence } from '../../../../src/shared/domain/shownInSentence';

const messageOf = (refuse: () => unknown): string => {
  try {
    refuse();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('not refused');
};

/** What an operator typed, quoted back: at most 60 characters, a hidden one named, never raw. */
describe('a sentence refusing what was typed quotes it as every sentence does', () => {
  it('a folder that is no full path, of 5,000 characters', async () => {
    const directory = `evidence/${'x'.repeat(5000)}`;
    await expect(checkExportTarget({ directory, fileName: 'a.csv', replace: false }, '.csv')).rejects.toMatchObject({
      message: `Choose a folder by its full path (got "${shownInSentence(directory)}").`,
      field: 'directory',
    });
  });

  it('a file name holding a folder, of 5,000 characters', async () => {
    const fileName = `${'a/'.repeat(2500)}.csv`;
    await expect(checkExportTarget({ directory: '/tmp', fileName, replace: false }, '.csv')).rejects.toMatchObject({
      message: `"${'a/'.repeat(29)}a…" is not a plain file name.`,
      field: 'fileName',
    });
  });

  it('a time zone this console does not know, with a right-to-left override in it', () => {
    expect(messageOf(() => createLocalTimeFormatter('Europe/\u202ELondon'))).toBe(
      '"Europe/⟨U+202E⟩London" is not a time zone this console knows (e.g. Europe/Berlin).',
    );
  });

  it('a fingerprint that is none, pasted with a zero-width space and a page of text', () => {
    const message = messageOf(() => trustedKeys([`\u200B${'f'.repeat(500)}`], null));
    expect(message).toBe(`"⟨U+200B⟩${'f'.repeat(58)}…" is not a key fingerprint (64 hex digits).`);
  });

  it('a file that exists, in a folder of 1,000 characters: named whole, its folder cut', async () => {
    const base = await mkdtemp(join(tmpdir(), 'export-quotes-'));
    try {
      const directory = join(base, ...Array.from({ length: 5 }, (_, index) => `${index}${'d'.repeat(199)}`));
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, 'evidence.csv'), 'the earlier export');
      await expect(
        checkExportTarget({ directory, fileName: 'evidence.csv', replace: false }, '.csv'),
      ).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
        message: `"evidence.csv" already exists in the folder "${directory.slice(0, 59)}…"; choose another name or confirm that it should be replaced.`,
        field: 'fileName',
      });
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  it('a file that appeared while exporting, in a folder of 1,000 characters: named whole, its folder cut', async () => {
    const base = await mkdtemp(join(tmpdir(), 'export-quotes-'));
    try {
      const directory = join(base, ...Array.from({ length: 5 }, (_, index) => `${index}${'d'.repeat(199)}`));
      await mkdir(directory, { recursive: true });
      const file = await ExportFile.create({ directory, fileName: 'evidence.csv', replace: false }, '.csv');
      await file.write(Buffer.from('this export\n'));
      await writeFile(join(directory, 'evidence.csv'), 'written by someone else meanwhile');
      await expect(file.commit()).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
        message: `"evidence.csv" appeared in the folder "${directory.slice(0, 59)}…" while exporting; nothing was replaced.`,
        field: 'fileName',
      });
      expect(await readFile(join(directory, 'evidence.csv'), 'utf8')).toBe('written by someone else meanwhile');
      expect(await readdir(directory)).toEqual(['evidence.csv']);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
