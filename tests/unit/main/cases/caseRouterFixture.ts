import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { DemoWorkspaceOptions } from '../../../../src/main/workspace/DemoWorkspace';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import { Settings } from '../../../../src/shared/domain/settings';

export const investigator: Operator = { id: 'ivy', name: 'Ivy', role: 'investigator', scope: null };
export const supportLead: Operator = { id: 'sam', name: 'Sam', role: 'supportLead', scope: null };

/** A case's title, purpose and reference as the new-case form sends them. */
export const fields = { title: 'Wallet drain', purpose: 'Withdrawals after a password reset', reference: 'INC-42' };

export function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

/**
 * The console in a data folder of each test's own, closed and removed after it. Without `demo` nothing is
 * read from a source (no workspace is built); with it, the console builds that demo workspace (a real
 * embedded store, so records can be read and bundles written) and `as` answers once it is built.
 */
export function caseRouterFixture(options: { demo?: DemoWorkspaceOptions } = {}) {
  let dir = '';
  let core: ConsoleCore | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cases-'));
  });
  afterEach(async () => {
    await core?.close();
    core = null;
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    /** The running test's data folder. */
    dir: () => dir,
    /** The operator journal as written so far. */
    journal: () => readFileSync(join(dir, 'journal', 'operator-journal.ndjson'), 'utf8'),
    /** Starts the console for `operator`; calls then reach its router as the renderer's do. */
    async as(operator: Operator) {
      const settingsStore = new FileSettingsStore(join(dir, 'settings.json'));
      await settingsStore.write(Settings.parse({ operators: [investigator, supportLead] }));
      core = await createConsole({
        dataDir: dir,
        settingsStore,
        secretStore: new MemorySecretStore(),
        ...(options.demo ? { demoWorkspace: options.demo } : {}),
        user: { id: operator.id, name: operator.name },
        transport: 'http',
        version: 'test',
      });
      const router = core.router;
      const call = (channel: string, request: unknown) => router.handle(channel, request, { trusted: true });
      if (options.demo) await workspaceBuilt(call);
      return call;
    },
    /** Closes the console, as quitting does; `as` starts it again. */
    close: async () => {
      await core?.close();
    },
  };
}

type Call = (channel: string, request: unknown) => Promise<Result<unknown>>;

/** Waits until the demo workspace is built and the console reads from it. */
async function workspaceBuilt(call: Call): Promise<void> {
  await vi.waitFor(
    async () => {
      const state = await call('workspace/status', {});
      if (!state.ok || (state.data as { state: string }).state === 'preparing') throw new Error('still preparing');
    },
    { timeout: 25_000, interval: 50 },
  );
}
