import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';

const SECRET = 'Hunter2-in-the-url';
const consoles: SettingsConsole[] = [];
afterEach(async () => {
  await Promise.all(consoles.splice(0).map((open) => open.close()));
});

async function start(dir?: string): Promise<SettingsConsole> {
  const started = await startSettingsConsole(dir === undefined ? {} : { dir });
  consoles.push(started);
  return started;
}

const connection = (url: string) => ({
  id: 'prod',
  name: 'prod',
  url,
  auth: { kind: 'none' },
  indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-client-activity-*' },
});

// Port 9 (discard) on the loopback refuses connections: a test call fails fast with an error message.
const URLS_WITH_CREDENTIALS = [
  `http://admin:${SECRET}@127.0.0.1:9`,
  `https://${SECRET}@127.0.0.1:9/`,
  `http://admin:${encodeURIComponent(SECRET)}@127.0.0.1:9/proxy`,
];

describe('credentials inside a connection URL', () => {
  it.each(URLS_WITH_CREDENTIALS)('are refused when saved or tested, pointing to the auth fields: %s', async (url) => {
    const open = await start();
    const saved = await open.call('settings/connection/save', { connection: connection(url) });
    const tested = await open.call('settings/connection/test', { connection: connection(url) });
    const settings = await open.call('settings/get', {});
    const info = await open.call('app/info', {});
    for (const answer of [saved, tested, settings, info]) expect(JSON.stringify(answer)).not.toContain(SECRET);
    for (const refused of [saved, tested]) {
      expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'connection.url' });
      expect(refused.ok ? '' : refused.message).toMatch(/authentication fields/i);
    }
    expect(settings).toMatchObject({ ok: true, data: { connections: [] } });
    const onDisk = await readFile(join(open.dir, 'settings.json'), 'utf8').catch(() => '');
    expect(onDisk).not.toContain(SECRET);
  });

  it('in a settings file written by hand stop the start with a message that never repeats them', async () => {
    const first = await start();
    const dir = first.dir;
    const stored = { connections: [connection(`http://admin:${SECRET}@127.0.0.1:9`)], activeConnectionId: 'prod' };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(stored));
    const started = startSettingsConsole({ dir }).then(async (open) => {
      consoles.push(open);
      return [await open.call('app/info', {}), await open.call('settings/get', {})];
    });
    await expect(started).rejects.toMatchObject({ code: 'CORRUPT' });
    const error: unknown = await started.catch((reason: unknown) => reason);
    expect(String((error as Error).message)).toMatch(/connections\.0\.url/);
    expect(String((error as Error).message)).not.toContain(SECRET);
  });
});
