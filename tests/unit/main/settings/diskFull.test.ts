import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSettingsConsole, type SettingsConsole } from '../../../integration/support/startSettingsConsole';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from '../files/smallDisk';

const connection = {
  name: 'prod',
  url: 'https://es.example.com:9200',
  auth: { kind: 'basic', username: 'auditor' },
};

let disk: SmallDisk;
let open: SettingsConsole;
/** The files on the disk once the connection is saved (settings, the journal): a failed write adds none. */
let filesBefore: string[];

if (smallDiskUnavailable) console.warn(`[disk full] not run: ${smallDiskUnavailable}`);

describe.skipIf(smallDiskUnavailable !== null)('settings on a full disk (a real tmpfs)', () => {
  beforeEach(async () => {
    disk = mountSmallDisk();
    open = await startSettingsConsole({ dir: disk.dir });
    expect(await open.call('settings/connection/save', { connection, secret: 'first-password' })).toMatchObject({
      ok: true,
    });
    filesBefore = await disk.files();
    expect(filesBefore).toContain('settings.json');
  });
  afterEach(async () => {
    await open.close();
    disk.unmount();
  });

  const settingsNow = async () => (await open.call('settings/get', {})) as { ok: true; data: unknown };

  it('keeps a connection and its secret when removing it cannot be written, and removes both once it can', async () => {
    const before = await settingsNow();
    await disk.fill();
    const refused = await open.call('settings/connection/delete', { id: 'prod' });
    expect(refused).toMatchObject({ ok: false, code: 'DISK_FULL' });
    expect(refused.ok ? '' : refused.message).toMatch(/^The connection “prod” was not removed: the disk .* is full/);
    expect(await settingsNow()).toEqual(before);
    expect(before).toMatchObject({ data: { connections: [{ id: 'prod', hasSecret: true }] } });
    expect(await disk.files()).toEqual(filesBefore);

    await disk.free();
    expect(await open.call('settings/connection/delete', { id: 'prod' })).toMatchObject({
      ok: true,
      data: { connections: [] },
    });
    expect(await open.secrets.get('prod')).toBeUndefined();
  });

  it('keeps the previous connection and secret when a changed one cannot be saved', async () => {
    const before = await settingsNow();
    await disk.fill();
    const changed = { ...connection, id: 'prod', url: 'https://es2.example.com:9200' };
    const refused = await open.call('settings/connection/save', { connection: changed, secret: 'second-password' });
    expect(refused).toMatchObject({ ok: false, code: 'DISK_FULL' });
    expect(refused.ok ? '' : refused.message).toMatch(/^The connection “prod” was not saved: .*nothing was changed/);
    expect(await settingsNow()).toEqual(before);
    expect(await open.secrets.get('prod')).toContain('first-password');
    expect(await disk.files()).toEqual(filesBefore);
  });

  it('says so when the disk fills between removing a connection and forgetting its secret', async () => {
    open.secrets.delete = async () => {
      await disk.fill();
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await open.call('settings/connection/delete', { id: 'prod' });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(failed).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
    expect(failed.ok ? '' : failed.message).toMatch(/^The settings were changed, but the connection’s stored secret/);
    expect(await settingsNow()).toMatchObject({ data: { connections: [] } });
    expect(await open.secrets.get('prod')).toContain('first-password');
    expect(await disk.files()).toEqual(filesBefore);
  });

  it('says which change was not saved for the active source and the role mappings', async () => {
    await disk.fill();
    const activate = await open.call('settings/connection/activate', { id: 'prod' });
    expect(activate).toMatchObject({ ok: false, code: 'DISK_FULL' });
    expect(activate.ok ? '' : activate.message).toMatch(/^The data source was not changed: /);
    const operators = await open.call('settings/operators/save', {
      operators: [
        { id: 'admin', name: 'Admin', role: 'admin', scope: null },
        { id: 'ann', name: 'Ann', role: 'auditor', scope: null },
      ],
      defaultRole: 'auditor',
    });
    expect(operators).toMatchObject({ ok: false, code: 'DISK_FULL' });
    expect(operators.ok ? '' : operators.message).toMatch(/^The operators were not saved: /);
    expect(await disk.files()).toEqual(filesBefore);
  });
});
