import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { storeConnectionSecret } from '../../../../src/main/settings/connectionSecrets';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { ActiveSource, CONSOLE_FAULT_DETAIL } from '../../../../src/main/sources/ActiveSource';
import { ElasticsearchAdapter } from '../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { DemoSource } from '../../../../src/main/workspace/DemoSource';
import { Settings } from '../../../../src/shared/domain/settings';

/** Nothing listens on the discard port of the loopback: the cluster is refused at once. */
const UNREACHABLE = 'http://127.0.0.1:9';
const prod = { id: 'prod', name: 'Prod', url: UNREACHABLE, auth: { kind: 'basic', username: 'auditor' } } as const;
const withProd = (extra: z.input<typeof Settings> = {}) =>
  Settings.parse({ connections: [prod], activeConnectionId: 'prod', ...extra });

let dir: string;
let secrets: MemorySecretStore;
let active: ActiveSource;
/** What the source wrote to the main process log. */
let logged: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'active-source-'));
  secrets = new MemorySecretStore();
  logged = [];
  active = new ActiveSource(DemoSource.inDataDir(dir), secrets, {}, { log: (line) => void logged.push(line) });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await active.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ActiveSource', () => {
  it('reads the connection the settings make active, and builds no demo workspace meanwhile', async () => {
    await storeConnectionSecret(secrets, prod, 'secret');
    await active.choose(withProd());
    expect(await active.status()).toEqual({
      kind: 'elasticsearch',
      label: `Prod (${UNREACHABLE})`,
      state: 'unreachable',
      detail: `Cannot reach ${UNREACHABLE} — connection refused: nothing listens at that address and port; check the URL and port, and that the cluster is running`,
      version: null,
    });
    expect((await active.current()).kind).toBe('elasticsearch');
    expect(active.workspace()).toEqual({ state: 'idle' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says in words that a connection has no secret, and opens it once the secret is stored', async () => {
    await active.choose(withProd());
    const missing = 'No secret is stored for "Prod" at this address; enter it again in Settings.';
    await expect(active.current()).rejects.toMatchObject({ code: 'AUTH_FAILED', message: missing });
    expect(await active.status()).toMatchObject({ state: 'unreachable', detail: missing });
    // A failed open is not kept: the next use tries again.
    await storeConnectionSecret(secrets, prod, 'secret');
    expect((await active.current()).kind).toBe('elasticsearch');
  });

  it('logs a connection that cannot be opened once while it stays so, in the words the status line uses', async () => {
    await active.choose(withProd());
    const missing = 'No secret is stored for "Prod" at this address; enter it again in Settings.';
    for (let asked = 0; asked < 3; asked += 1) expect(await active.status()).toMatchObject({ detail: missing });
    expect(logged).toEqual([`[cluster] the cluster's status could not be learnt (AUTH_FAILED): ${missing}`]);
  });

  it('names a fault of the console’s own as such, not an outage, and logs it with its stack', async () => {
    await storeConnectionSecret(secrets, prod, 'secret');
    await active.choose(withProd());
    vi.spyOn(ElasticsearchAdapter.prototype, 'info').mockImplementation(() => {
      const answer: unknown = undefined;
      return Promise.resolve({ version: (answer as { number: string }).number, clusterName: null });
    });
    expect(await active.status()).toMatchObject({ state: 'fault', detail: CONSOLE_FAULT_DETAIL });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("by a fault of the console's own: TypeError: Cannot read properties of undefined");
    expect(logged[0]).toMatch(/\n\s+at /);
  });

  it('builds no demo workspace while nobody asks about it', async () => {
    await active.choose(Settings.parse({}));
    expect(active.demo.state()).toEqual({ state: 'idle' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('opens a new source for each choice of the settings', async () => {
    await storeConnectionSecret(secrets, prod, 'secret');
    await active.choose(withProd());
    const first = await active.current();
    expect(await active.current()).toBe(first);
    await active.choose(withProd({ defaultRole: 'riskOfficer' }));
    expect(await active.current()).not.toBe(first);
  });
});
