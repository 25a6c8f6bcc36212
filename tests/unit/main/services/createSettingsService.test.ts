import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { startSettingsConsole, type SettingsConsole } from '../../../integration/support/startSettingsConsole';
import type { SettingsView } from '../../../../src/shared/contract/settingsChannels';
import type { Result } from '../../../../src/shared/contract/errors';

const consoles: SettingsConsole[] = [];
afterEach(async () => {
  await Promise.all(consoles.splice(0).map((open) => open.close()));
});

async function start(secrets = new MemorySecretStore()): Promise<SettingsConsole> {
  const open = await startSettingsConsole({ secrets });
  consoles.push(open);
  return open;
}

const draft = (name: string, url = 'https://es.example.com:9200') => ({
  name,
  url,
  auth: { kind: 'basic' as const, username: 'auditor' },
});

function view(result: Result<unknown>): SettingsView {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as SettingsView;
}

const ids = (settings: SettingsView) => settings.connections.map((connection) => connection.id);

describe('saving connections', () => {
  it('gives a new connection whose name makes a taken id an id of its own, keeping the first', async () => {
    const open = await start();
    view(await open.call('settings/connection/save', { connection: draft('Prod EU'), secret: 'one' }));
    const after = view(
      await open.call('settings/connection/save', {
        connection: draft('prod-eu', 'https://other.example.com:9200'),
        secret: 'two',
      }),
    );
    expect(ids(after)).toEqual(['prod-eu', 'prod-eu-2']);
    expect(after.connections.map((connection) => connection.url)).toEqual([
      'https://es.example.com:9200',
      'https://other.example.com:9200',
    ]);
    expect(after.connections.every((connection) => connection.hasSecret)).toBe(true);
  });

  it('refuses a second connection with the same name, next to the name', async () => {
    const open = await start();
    view(await open.call('settings/connection/save', { connection: draft('Prod'), secret: 'one' }));
    const refused = await open.call('settings/connection/save', { connection: draft(' PROD '), secret: 'two' });
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'connection.name' });
    expect(refused.ok ? '' : refused.message).toBe('A connection named “Prod” exists already; choose another name.');
  });

  it('replaces a saved connection named by its id, and refuses an id that does not exist', async () => {
    const open = await start();
    view(await open.call('settings/connection/save', { connection: draft('Prod'), secret: 'one' }));
    const renamed = view(
      await open.call('settings/connection/save', { connection: { ...draft('Production'), id: 'prod' } }),
    );
    expect(renamed.connections).toMatchObject([{ id: 'prod', name: 'Production', hasSecret: true }]);
    expect(await open.call('settings/connection/save', { connection: { ...draft('X'), id: 'gone' } })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('asks for the secret of a new connection, next to the secret field', async () => {
    const open = await start();
    expect(await open.call('settings/connection/save', { connection: draft('Prod') })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      field: 'secret',
      message: 'Enter the password.',
    });
    const apiKey = { ...draft('Prod'), auth: { kind: 'apiKey' } };
    expect(await open.call('settings/connection/test', { connection: apiKey })).toMatchObject({
      ok: false,
      field: 'secret',
      message: 'Enter the API key.',
    });
  });

  it('forgets the stored secret when a connection stops using authentication', async () => {
    const open = await start();
    view(await open.call('settings/connection/save', { connection: draft('Prod'), secret: 'one' }));
    const withoutAuth = { ...draft('Prod'), id: 'prod', auth: { kind: 'none' } };
    expect(await open.call('settings/connection/save', { connection: withoutAuth, secret: 'x' })).toMatchObject({
      ok: false,
      field: 'secret',
    });
    view(await open.call('settings/connection/save', { connection: withoutAuth }));
    expect(await open.secrets.get('prod')).toBeUndefined();
  });

  it('never uses a secret stored without the address it belongs to', async () => {
    const secrets = new MemorySecretStore();
    const open = await start(secrets);
    view(await open.call('settings/connection/save', { connection: draft('Prod'), secret: 'one' }));
    await secrets.set('prod', 'a bare secret from an older version');
    expect(view(await open.call('settings/get', {})).connections).toMatchObject([{ id: 'prod', hasSecret: false }]);
    expect(await open.call('settings/connection/test', { connection: { ...draft('Prod'), id: 'prod' } })).toMatchObject(
      { ok: false, field: 'secret' },
    );
  });
});

describe('removing connections', () => {
  it('answers NOT_FOUND for a connection that is not there', async () => {
    const open = await start();
    expect(await open.call('settings/connection/delete', { id: 'nope' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('puts the connection back when its secret cannot be removed', async () => {
    const secrets = new MemorySecretStore();
    const open = await start(secrets);
    view(await open.call('settings/connection/save', { connection: draft('Prod'), secret: 'one' }));
    view(await open.call('settings/connection/activate', { id: 'prod' }));
    secrets.delete = () => Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
    const refused = await open.call('settings/connection/delete', { id: 'prod' });
    expect(refused).toMatchObject({ ok: false, code: 'DISK_FULL' });
    expect(refused.ok ? '' : refused.message).toMatch(/^The connection “Prod” was not removed: /);
    const after = view(await open.call('settings/get', {}));
    expect(after).toMatchObject({ activeConnectionId: 'prod', connections: [{ id: 'prod', hasSecret: true }] });
  });
});
