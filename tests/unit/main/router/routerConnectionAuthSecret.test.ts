import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { startSettingsConsole, type SettingsConsole } from '../../../integration/support/startSettingsConsole';

const consoles: SettingsConsole[] = [];
afterEach(async () => {
  await Promise.all(consoles.splice(0).map((open) => open.close()));
});

async function start(): Promise<{ open: SettingsConsole; secrets: MemorySecretStore }> {
  const secrets = new MemorySecretStore();
  const open = await startSettingsConsole({ secrets });
  consoles.push(open);
  return { open, secrets };
}

/** Everything the console keeps about connections, settings file and secret store together, as one text. */
async function kept(open: SettingsConsole, secrets: MemorySecretStore): Promise<string> {
  const settings = await readFile(join(open.dir, 'settings.json'), 'utf8');
  return settings + JSON.stringify(await secrets.get('prod'));
}

const url = 'https://es.example.com:9200';

describe('a connection keeps the secret of the authentication it names, and no other', () => {
  it('a request naming an API key that smuggles a user and password keeps the key alone', async () => {
    const { open, secrets } = await start();
    const hostile = {
      connection: { name: 'Prod', url, auth: { kind: 'apiKey', username: 'root', password: 'hunter2-smuggled' } },
      secret: 'the-api-key',
    };
    const answer = await open.call('settings/connection/save', hostile);
    expect(answer).toMatchObject({ ok: true, data: { connections: [{ id: 'prod', auth: { kind: 'apiKey' } }] } });
    const stored = await kept(open, secrets);
    expect(stored).not.toContain('hunter2-smuggled');
    expect(stored).not.toContain('root');
    expect(stored).toContain('the-api-key');
    expect(JSON.stringify(answer)).not.toContain('the-api-key');
  });

  it('a request carrying a password beside the secret is refused, and nothing is kept', async () => {
    const { open, secrets } = await start();
    const hostile = {
      connection: { name: 'Prod', url, auth: { kind: 'apiKey' } },
      secret: 'the-api-key',
      password: 'hunter2-smuggled',
    };
    expect(await open.call('settings/connection/save', hostile)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await secrets.get('prod')).toBeUndefined();
  });

  it('switching a saved connection from password to API key replaces the password, never keeps both', async () => {
    const { open, secrets } = await start();
    const basic = { name: 'Prod', url, auth: { kind: 'basic', username: 'ops-user-7' } };
    await open.call('settings/connection/save', { connection: basic, secret: 'the-password' });
    // Named API key with no key typed: the stored password is not taken for one.
    const keyless = { connection: { ...basic, id: 'prod', auth: { kind: 'apiKey' } } };
    expect(await open.call('settings/connection/save', keyless)).toMatchObject({ ok: false, field: 'secret' });
    await open.call('settings/connection/save', { ...keyless, secret: 'the-api-key' });
    const stored = await kept(open, secrets);
    expect(stored).not.toContain('the-password');
    expect(stored).not.toContain('ops-user-7');
    expect(stored).toContain('the-api-key');
  });
});
