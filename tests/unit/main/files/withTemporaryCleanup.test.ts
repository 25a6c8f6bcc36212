import Conf from 'conf';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withTemporaryCleanup } from '../../../../src/main/files/withTemporaryCleanup';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from './smallDisk';

if (smallDiskUnavailable) console.warn(`[disk full] not run: ${smallDiskUnavailable}`);

// electron-store is conf with Electron's defaults: its writes on a full disk behave the same.
describe.skipIf(smallDiskUnavailable !== null)('a store library’s write on a full disk (a real tmpfs)', () => {
  let disk: SmallDisk;
  afterEach(() => disk.unmount());

  it('leaves the previous file whole and no temporary file behind', async () => {
    disk = mountSmallDisk(64);
    const store = new Conf<{ settings: unknown }>({ cwd: disk.dir, configName: 'settings', projectName: 'test' });
    store.set('settings', { connections: [] });
    await disk.fill();
    const write = () => store.set('settings', { connections: ['x'.repeat(8192)] });
    await expect(withTemporaryCleanup(join(disk.dir, 'settings.json'), write)).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await disk.files()).toEqual(['settings.json']);
    expect(store.get('settings')).toEqual({ connections: [] });
  });
});
