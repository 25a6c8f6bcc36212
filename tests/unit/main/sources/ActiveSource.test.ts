import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { storeConnectionSecret } from '../../../../src/main/settings/connectionSecrets';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { ActiveSource } from '../../../../src/main/sources/ActiveSource';
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

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'active-source-'));
  secrets = new MemorySecretStore();
  active = new ActiveSource(DemoSource.inDataDir(dir), secrets);
});
afterEach(async () => {
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
