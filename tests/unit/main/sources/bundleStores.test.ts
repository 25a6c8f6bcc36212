import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsole } from '../../../../src/main/createConsole';
import {
  bundleStoresDir,
  claimBundleStore,
  processRuns,
  releaseBundleStore,
  removeStaleBundleStores,
} from '../../../../src/main/sources/bundleStores';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';

/** Far above any pid_max: no process has it. */
const GONE = 2_147_483_646;
let dataDir: string;
let dir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bundle-stores-'));
  dir = bundleStoresDir(dataDir);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function leave(name: string, owner: number | null, wal = false): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), 'store');
  if (wal) await writeFile(join(dir, `${name}.wal`), 'log');
  if (owner !== null) await writeFile(join(dir, `${name}.owner`), String(owner));
}

describe('stores of reopened bundles', () => {
  it('are claimed for this process before they are written, and released with their log and owner', async () => {
    const store = await claimBundleStore(dir);
    expect(await readFile(`${store}.owner`, 'utf8')).toBe(String(process.pid));
    await writeFile(store, 'store');
    await writeFile(`${store}.wal`, 'log');
    await releaseBundleStore(store);
    expect(await readdir(dir)).toEqual([]);
  });

  it('left by a console that stopped are removed; those of a running console and other files stay', async () => {
    const live = await claimBundleStore(dir);
    await writeFile(live, 'store');
    await leave('crashed.duckdb', GONE, true);
    await leave('ownerless.duckdb', null);
    await leave('garbled.duckdb', null);
    await writeFile(join(dir, 'garbled.duckdb.owner'), 'not a pid');
    await writeFile(join(dir, 'orphan.duckdb.wal'), 'log');
    await writeFile(join(dir, 'notes.txt'), 'kept');

    expect(await removeStaleBundleStores(dir)).toEqual([
      'crashed.duckdb',
      'garbled.duckdb',
      'orphan.duckdb',
      'ownerless.duckdb',
    ]);
    const name = live.slice(dir.length + 1);
    expect((await readdir(dir)).sort()).toEqual([name, `${name}.owner`, 'notes.txt'].sort());
  });

  it('asks whether the owner runs, and keeps the store of one that does', async () => {
    await leave('other-user.duckdb', 4242);
    expect(await removeStaleBundleStores(dir, (pid) => pid === 4242)).toEqual([]);
    expect(await removeStaleBundleStores(dir, () => false)).toEqual(['other-user.duckdb']);
  });

  it('are none when the folder does not exist', async () => {
    expect(await removeStaleBundleStores(join(dataDir, 'missing'))).toEqual([]);
  });

  it('tells a running process from one that is gone', () => {
    expect(processRuns(process.pid)).toBe(true);
    expect(processRuns(GONE)).toBe(false);
  });

  it('left by a crash are removed when the console starts', async () => {
    await writeFile(await claimBundleStore(dir), 'store');
    await leave('crashed.duckdb', GONE, true);
    const core = await createConsole({
      dataDir,
      settingsStore: new FileSettingsStore(join(dataDir, 'settings.json')),
      secretStore: new MemorySecretStore(),
      user: { id: 'ivy', name: 'Ivy' },
      transport: 'http',
      version: 'test',
    });
    try {
      const left = await readdir(dir);
      expect(left.filter((name) => name.startsWith('crashed'))).toEqual([]);
      expect(left.filter((name) => name.endsWith('.duckdb'))).toHaveLength(1);
    } finally {
      await core.close();
    }
  });
});
