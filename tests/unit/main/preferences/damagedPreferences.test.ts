import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PreferencesStore } from '../../../../src/main/preferences/PreferencesStore';
import { createPreferenceService } from '../../../../src/main/services/createPreferenceService';
import type { Operator } from '../../../../src/shared/domain/roles';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from '../files/smallDisk';

const ann: Operator = { id: 'corp/ann', name: 'Ann', role: 'auditor', scope: null };
const context = { operator: ann, signal: new AbortController().signal };
const query = LogQuery.parse({ family: 'operational', filters: { action: ['delete'] } });
const view = (name: string) => ({ name, grid: 'operational' as const, query, columns: [] });
const at = new Date('2025-03-04T05:06:07.089Z');

async function service(dir?: string) {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'prefs-damaged-')));
  return { dir: folder, handlers: createPreferenceService(new PreferencesStore(folder, () => at)) };
}

/** Writes Ann's views, then damages the file the way a crash or a careless edit would. */
async function damaged(text: string) {
  const { dir, handlers } = await service();
  await handlers['views/save'](view('Deletes'), context);
  const [file] = await readdir(dir);
  if (!file) throw new Error('no preferences file was written');
  await writeFile(join(dir, file), text);
  return { dir, handlers, file };
}

describe('a damaged preferences file', () => {
  it.each([
    ['{"views": [{"name": "Deletes", "gri', 'not valid JSON'],
    ['{"views": "all of them"}', 'not in the shape this version reads'],
  ])('is reported and never overwritten by a save: %s', async (text, reason) => {
    const { dir, handlers, file } = await damaged(text);
    await expect(handlers['views/list']({ grid: 'operational' }, context)).rejects.toMatchObject({
      code: 'CORRUPT',
      message: expect.stringContaining(reason),
    });
    await expect(handlers['views/save'](view('Errors'), context)).rejects.toMatchObject({
      code: 'CORRUPT',
      message: expect.stringMatching(/^Your view “Errors” was not saved: .* never overwritten/),
    });
    await expect(
      handlers['prefs/columns/save']({ grid: 'operational', columns: [{ colId: 'created' }] }, context),
    ).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(await readFile(join(dir, file), 'utf8')).toBe(text);
  });

  it('is kept aside on request, with its content, and saving works again', async () => {
    const text = '{"views": [{"name": "Deletes", "gri';
    const { dir, handlers, file } = await damaged(text);
    const { keptAs } = await handlers['prefs/reset']({}, context);
    expect(keptAs).toBe(file.replace('.json', '.damaged-2025-03-04T05-06-07.089Z.json'));
    expect(await readFile(join(dir, keptAs ?? ''), 'utf8')).toBe(text);
    expect(await handlers['views/list']({ grid: 'operational' }, context)).toEqual([]);
    await handlers['views/save'](view('Errors'), context);
    expect((await handlers['views/list']({ grid: 'operational' }, context)).map((saved) => saved.name)).toEqual([
      'Errors',
    ]);
    expect((await readdir(dir)).sort()).toEqual([file, keptAs].sort());
  });

  it('is the only thing Start afresh moves: a healthy file stays where it is', async () => {
    const { dir, handlers } = await service();
    await handlers['views/save'](view('Deletes'), context);
    const before = await readdir(dir);
    expect(await handlers['prefs/reset']({}, context)).toEqual({ keptAs: null });
    expect(await readdir(dir)).toEqual(before);
    expect(await handlers['views/list']({ grid: 'operational' }, context)).toHaveLength(1);
  });
});

if (smallDiskUnavailable) console.warn(`[disk full] not run: ${smallDiskUnavailable}`);

describe.skipIf(smallDiskUnavailable !== null)('preferences on a full disk (a real tmpfs)', () => {
  let disk: SmallDisk;
  afterEach(() => disk.unmount());

  it('says which view was not saved, keeps the saved ones and leaves no temporary file', async () => {
    disk = mountSmallDisk();
    const { handlers } = await service(disk.dir);
    await handlers['views/save'](view('Deletes'), context);
    const files = await disk.files();
    await disk.fill();
    await expect(handlers['views/save'](view('Errors'), context)).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/^Your view “Errors” was not saved: the disk .* is full/),
    });
    await expect(
      handlers['prefs/columns/save']({ grid: 'operational', columns: [{ colId: 'created' }] }, context),
    ).rejects.toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/^Your column layout was not saved/) });
    expect(await disk.files()).toEqual(files);
    expect((await handlers['views/list']({ grid: 'operational' }, context)).map((saved) => saved.name)).toEqual([
      'Deletes',
    ]);
  });
});
