import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import type { Router } from '../../../../src/main/router/createRouter';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { DataSourceStatus } from '../../../../src/shared/contract/appInfo';
import type { Result } from '../../../../src/shared/contract/errors';
import type { WorkspaceState } from '../../../../src/shared/contract/workspaceChannels';
import type { LogPage } from '../../../../src/shared/query/logSource';
import { Settings } from '../../../../src/shared/domain/settings';

/** A few clients over two days: a real generated workspace in well under a second. */
const dataset = { clients: 6, days: 2, seed: 'unit', endDate: '2024-03-02' };
const trusted = { trusted: true };
let dir: string;
let core: ConsoleCore | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'demo-console-'));
});
afterEach(async () => {
  await core?.close();
  core = null;
  rmSync(dir, { recursive: true, force: true });
});

async function start(settings: z.input<typeof Settings> = {}, user = { id: 'ops', name: 'Ops' }): Promise<Router> {
  const settingsStore = new FileSettingsStore(join(dir, 'settings.json'));
  await settingsStore.write(Settings.parse(settings));
  let clock = Date.parse('2024-03-03T08:00:00Z');
  core = await createConsole({
    dataDir: dir,
    settingsStore,
    secretStore: new MemorySecretStore(),
    demoWorkspace: { dataset, now: () => new Date((clock += 60_000)) },
    user,
    transport: 'http',
    version: 'test',
  });
  return core.router;
}

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

const dataSource = async (router: Router) =>
  data<{ dataSource: DataSourceStatus }>(await router.handle('app/info', {}, trusted)).dataSource;
const workspace = async (router: Router) => data<WorkspaceState>(await router.handle('workspace/status', {}, trusted));

async function settledWorkspace(router: Router): Promise<WorkspaceState> {
  return vi.waitFor(
    async () => {
      const state = await workspace(router);
      if (state.state === 'preparing') throw new Error('still preparing');
      return state;
    },
    { timeout: 20_000, interval: 20 },
  );
}

describe('the console with no cluster', () => {
  it('answers at once while the demo workspace builds, then reads it as demo data', async () => {
    const router = await start();
    const first = await dataSource(router);
    expect(first).toMatchObject({ kind: 'embedded', label: 'Demo data', state: 'demo' });
    expect(first.workspace).toMatchObject({ state: 'preparing' });

    const ready = await settledWorkspace(router);
    expect(ready).toMatchObject({ state: 'ready', clients: 6, days: 2, endDate: '2024-03-02' });
    expect(await dataSource(router)).toMatchObject({ label: 'Demo data', detail: null, workspace: ready });

    const page = data<LogPage>(await router.handle('logs/search', { family: 'operational', pageSize: 10 }, trusted));
    expect(page.rows).toHaveLength(10);
    expect(ready.state === 'ready' && ready.events).toBeGreaterThan(page.total.value);
  });

  it('reports build progress with a fraction for the bar', async () => {
    const router = await start();
    const seen: WorkspaceState[] = [];
    await vi.waitFor(
      async () => {
        const state = await workspace(router);
        seen.push(state);
        if (state.state !== 'ready') throw new Error('not ready');
      },
      { timeout: 20_000, interval: 1 },
    );
    const fractions = seen.flatMap((state) =>
      state.state === 'preparing' && state.progress ? [state.progress.fraction] : [],
    );
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });

  it('Reset rebuilds the workspace, answering at once, and goes into the journal', async () => {
    const router = await start();
    const before = await settledWorkspace(router);
    const started = data<WorkspaceState>(await router.handle('workspace/reset', {}, trusted));
    expect(started).toMatchObject({ state: 'preparing' });
    const after = await settledWorkspace(router);
    expect(after).toMatchObject({ state: 'ready' });
    expect(after.state === 'ready' && before.state === 'ready' && after.createdAt > before.createdAt).toBe(true);
    const journal = readFileSync(join(dir, 'journal', 'operator-journal.ndjson'), 'utf8')
      .trim()
      .split('\n');
    expect(journal.map((line) => JSON.parse(line) as unknown)).toContainEqual(
      expect.objectContaining({ channel: 'workspace/reset', outcome: 'ok', operatorId: 'ops' }),
    );
  });

  it('refuses Reset to a role without settings:manage', async () => {
    const router = await start({
      operators: [{ id: 'boss', name: 'Boss', role: 'admin', scope: null }],
      defaultRole: 'auditor',
    });
    expect(await router.handle('workspace/reset', {}, trusted)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await settledWorkspace(router)).toMatchObject({ state: 'ready' });
  });

  it('says a corrupt workspace file is damaged, offers to recreate it, and recreates it on Reset', async () => {
    mkdirSync(join(dir, 'workspace'));
    const file = join(dir, 'workspace', 'demo-workspace.duckdb');
    writeFileSync(file, 'not a database '.repeat(500));
    const router = await start();
    const failed = await settledWorkspace(router);
    expect(failed).toEqual({
      state: 'failed',
      code: 'CORRUPT',
      reason: 'corrupt',
      message: `The demo workspace at ${file} is damaged; Reset recreates it.`,
      offerRecreate: true,
    });
    expect(await dataSource(router)).toMatchObject({
      state: 'demo',
      detail: failed.state === 'failed' && failed.message,
    });
    expect(await router.handle('logs/search', { family: 'operational' }, trusted)).toMatchObject({
      ok: false,
      code: 'CORRUPT',
      message: expect.stringContaining('is damaged') as unknown,
    });

    await router.handle('workspace/reset', {}, trusted);
    expect(await settledWorkspace(router)).toMatchObject({ state: 'ready' });
    const page = data<LogPage>(await router.handle('logs/search', { family: 'operational', pageSize: 10 }, trusted));
    expect(page.rows).toHaveLength(10);
  });

  it('builds nothing while a cluster is the source', async () => {
    const router = await start({
      connections: [{ id: 'prod', name: 'Prod', url: 'http://127.0.0.1:9', auth: { kind: 'none' } }],
      activeConnectionId: 'prod',
    });
    expect(await workspace(router)).toEqual({ state: 'idle' });
  });

  it('starts building when an operator switches to demo data', async () => {
    const router = await start({
      connections: [{ id: 'prod', name: 'Prod', url: 'http://127.0.0.1:9', auth: { kind: 'none' } }],
      activeConnectionId: 'prod',
    });
    await router.handle('settings/connection/activate', { id: null }, trusted);
    expect((await dataSource(router)).workspace).toMatchObject({ state: 'preparing' });
    expect(await settledWorkspace(router)).toMatchObject({ state: 'ready' });
  });
});
