import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsole, type ConsoleCore } from '../../../src/main/createConsole';
import type { Router } from '../../../src/main/router/createRouter';
import { FileSettingsStore } from '../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../src/main/settings/MemorySecretStore';
import type { SecretStore } from '../../../src/main/settings/SettingsStore';
import type { Result } from '../../../src/shared/contract/errors';

export interface SettingsConsole {
  router: Router;
  /** The console's data folder; settings.json lives here. */
  dir: string;
  secrets: SecretStore;
  /** Calls a channel as the renderer would, through the whole router pipeline. */
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** The console as a fresh workstation's admin sees it: no connections yet, so a (small) demo workspace. */
export async function startSettingsConsole(
  options: { dir?: string; secrets?: SecretStore } = {},
): Promise<SettingsConsole> {
  const owned = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'settings-console-')));
  const secrets = options.secrets ?? new MemorySecretStore();
  const core: ConsoleCore = await createConsole({
    dataDir: dir,
    settingsStore: new FileSettingsStore(join(dir, 'settings.json')),
    secretStore: secrets,
    demoWorkspace: { dataset: { clients: 6, days: 2 } },
    user: { id: 'admin', name: 'Admin' },
    transport: 'http',
    version: 'test',
  });
  return {
    router: core.router,
    dir,
    secrets,
    call: (channel, payload) => core.router.handle(channel, payload, { trusted: true }),
    async close() {
      await core.close();
      if (owned) await rm(dir, { recursive: true, force: true });
    },
  };
}
