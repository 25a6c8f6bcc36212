import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createConsole, type ConsoleCore, type ConsoleOptions } from '../createConsole';
import { FileSettingsStore } from '../settings/FileSettingsStore';
import type { SecretStore } from '../settings/SettingsStore';
import { createBrowserServer, type BrowserServer } from './createBrowserServer';

export interface BrowserModeOptions extends Pick<ConsoleOptions, 'demoWorkspace' | 'cluster' | 'changes' | 'risk'> {
  port: number;
  dataDir: string;
  rendererDir: string;
  version: string;
  /** Where secrets live for this run; browser mode keeps them in memory. */
  secretStore: SecretStore;
  /** Overrides the workstation user (tests run several operators). */
  user?: { id: string; name: string };
}

export type BrowserMode = BrowserServer & Pick<ConsoleCore, 'openBundle'>;

/** Browser mode's settings: a file in its data folder, which a caller may fill before starting. */
export function browserModeSettings(dataDir: string): FileSettingsStore {
  return new FileSettingsStore(join(dataDir, 'settings.json'));
}

/** Starts the console core and serves it with the built renderer on 127.0.0.1. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const osUser = userInfo().username;
  const core = await createConsole({
    dataDir: options.dataDir,
    settingsStore: browserModeSettings(options.dataDir),
    secretStore: options.secretStore,
    user: options.user ?? { id: osUser, name: osUser },
    transport: 'http',
    version: options.version,
    ...(options.demoWorkspace ? { demoWorkspace: options.demoWorkspace } : {}),
    ...(options.cluster ? { cluster: options.cluster } : {}),
    ...(options.changes ? { changes: options.changes } : {}),
    ...(options.risk ? { risk: options.risk } : {}),
  });
  let server: BrowserServer;
  try {
    server = await createBrowserServer({
      router: core.router,
      rendererDir: options.rendererDir,
      port: options.port,
    });
  } catch (error) {
    // Nothing serves it: stop the console (and a demo build it may have started) before saying why.
    await core.close();
    throw error;
  }
  return {
    ...server,
    openBundle: core.openBundle,
    async close() {
      await server.close();
      await core.close();
    },
  };
}
