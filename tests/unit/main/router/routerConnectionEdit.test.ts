import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../../../src/main/journal/Journal';
import { storeConnectionSecret } from '../../../../src/main/settings/connectionSecrets';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { ClusterConnection } from '../../../../src/shared/domain/settings';
import type { SettingsView } from '../../../../src/shared/contract/settingsChannels';
import { startSettingsConsole, type SettingsConsole } from '../../../integration/support/startSettingsConsole';

/**
 * Editing a saved connection, as a hostile renderer would ask it through the router: an edit names the
 * connection by its id, and may leave the secret out to keep the saved one only while the address's
 * origin (scheme, host, port), the kind of authentication and the user stay as saved. Anything else is
 * refused before settings.json or the secret store is touched, so the saved secret never goes to a
 * host the request names.
 */

const consoles: SettingsConsole[] = [];
afterEach(async () => {
  await Promise.all(consoles.splice(0).map((open) => open.close()));
});

const SECRET = 'the-saved-password-7';
/** Port 1 on loopback refuses at once: the test run after each save answers quickly. */
const url = 'http://127.0.0.1:1';
const saved = {
  id: 'prod',
  name: 'Prod',
  url,
  auth: { kind: 'basic', username: 'ops-user' },
  indexPatterns: { operational: 'crm-operational-*', activity: 'crm-activity-*' },
};

async function start(): Promise<{ open: SettingsConsole; secrets: MemorySecretStore }> {
  const secrets = new MemorySecretStore();
  const open = await startSettingsConsole({ secrets });
  consoles.push(open);
  const draft = { ...saved, id: undefined };
  expect(await open.call('settings/connection/save', { connection: draft, secret: SECRET })).toMatchObject({
    ok: true,
    data: { connections: [{ id: 'prod' }] },
  });
  return { open, secrets };
}

/** What the console keeps: settings.json as written and the secret store's entry, byte for byte. */
async function kept(open: SettingsConsole, secrets: MemorySecretStore): Promise<string[]> {
  return [await readFile(join(open.dir, 'settings.json'), 'utf8'), String(await secrets.get('prod'))];
}

async function journalLines(open: SettingsConsole): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(open.dir, ...JOURNAL_FILE), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const HOSTILE_EDITS: [string, object][] = [
  ['another host', { url: 'http://127.0.0.2:1' }],
  ['another port', { url: 'http://127.0.0.1:2' }],
  ['another scheme', { url: 'https://127.0.0.1:1' }],
  ['another user', { auth: { kind: 'basic', username: 'someone-else' } }],
  ['another kind of authentication', { auth: { kind: 'apiKey' } }],
  ['an added node', { failoverUrls: ['http://127.0.0.2:1'] }],
];

describe('an edit of a saved connection', () => {
  it.each(HOSTILE_EDITS)('keeping the saved secret for %s is refused, nothing changed', async (_what, change) => {
    const { open, secrets } = await start();
    const before = await kept(open, secrets);
    const refused = await open.call('settings/connection/save', {
      connection: { ...saved, name: 'Prod renamed', ...change },
    });
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'secret' });
    expect(refused.ok ? '' : refused.message).toMatch(/^Enter the (password|API key) again/);
    expect(await kept(open, secrets)).toEqual(before);
    // Tested instead of saved: refused too, the secret going nowhere.
    const tested = await open.call('settings/connection/test', { connection: { ...saved, ...change } });
    expect(tested).toMatchObject({ ok: false, field: 'secret' });
  });

  it('of an unknown id is refused, nothing changed and no connection added', async () => {
    const { open, secrets } = await start();
    const before = await kept(open, secrets);
    const refused = await open.call('settings/connection/save', {
      connection: { ...saved, id: 'not-saved' },
      secret: 'a-new-password',
    });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await kept(open, secrets)).toEqual(before);
    expect(await secrets.get('not-saved')).toBeUndefined();
  });

  it('keeps the saved secret when the name and index patterns change, under the same id, and is journaled', async () => {
    const { open, secrets } = await start();
    const edited = {
      ...saved,
      name: 'Prod EU',
      url: 'http://127.0.0.1:1/',
      indexPatterns: { operational: 'eu-operational-*', activity: 'eu-activity-*' },
    };
    const answer = await open.call('settings/connection/save', { connection: edited });
    expect(answer).toMatchObject({ ok: true, data: { saved: { id: 'prod' } } });
    const view = (answer.ok ? answer.data : null) as SettingsView;
    expect(view.connections).toHaveLength(1);
    expect(view.connections[0]).toMatchObject({ id: 'prod', name: 'Prod EU', hasSecret: true });
    expect(view.connections[0]?.indexPatterns).toEqual(edited.indexPatterns);
    expect(await secrets.get('prod')).toContain(SECRET);
    expect(JSON.stringify(answer)).not.toContain(SECRET);

    const saves = (await journalLines(open)).filter((line) => line.channel === 'settings/connection/save');
    expect(
      saves.map((line) => [line.outcome, (line.request as { connection: { id?: string } }).connection.id]),
    ).toEqual([
      ['ok', undefined],
      ['ok', 'prod'],
    ]);
    expect(JSON.stringify(saves)).not.toContain(SECRET);
  });

  it('that types a new secret may change the host: the new secret is kept for it, the old one gone', async () => {
    const { open, secrets } = await start();
    const moved = { ...saved, url: 'http://127.0.0.2:1' };
    expect(
      await open.call('settings/connection/save', { connection: moved, secret: 'the-new-password' }),
    ).toMatchObject({ ok: true, data: { connections: [{ id: 'prod', url: 'http://127.0.0.2:1', hasSecret: true }] } });
    const stored = String(await secrets.get('prod'));
    expect(stored).toContain('the-new-password');
    expect(stored).not.toContain(SECRET);
  });

  it('keeps the field mapping and request time-out the form does not show', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'connection-edit-'));
    const fieldMapping = { operational: { created: '@timestamp' }, activity: { createdAt: 'event.created' } };
    const stored = { ...saved, fieldMapping, requestTimeoutMs: 5_000 };
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, connections: [stored] }));
    const secrets = new MemorySecretStore();
    await storeConnectionSecret(secrets, ClusterConnection.parse(stored), SECRET);
    const open = await startSettingsConsole({ dir, secrets });
    consoles.push(open);
    try {
      const answer = await open.call('settings/connection/save', { connection: { ...saved, name: 'Prod EU' } });
      expect(answer).toMatchObject({
        ok: true,
        data: { connections: [{ id: 'prod', name: 'Prod EU', fieldMapping, requestTimeoutMs: 5_000 }] },
      });
      const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as { connections: object[] };
      expect(onDisk.connections[0]).toMatchObject({ name: 'Prod EU', fieldMapping, requestTimeoutMs: 5_000 });
    } finally {
      await open.close();
      consoles.pop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
