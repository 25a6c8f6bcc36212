import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createConsole } from '../createConsole';
import { FileSettingsStore } from '../settings/FileSettingsStore';
import type { DataSourceProvider } from '../services/DataSourceProvider';
import type { Settings } from '../../shared/domain/settings';
import type { SecretStore } from '../settings/SettingsStore';
import type { DemoDataSourceProvider } from '../workspace/DemoDataSourceProvider';
import { createBrowserServer, type BrowserServer } from './createBrowserServer';

export interface BrowserModeOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  version: string;
  /** Where secrets live for this run; browser mode keeps them in memory. */
  secretStore: SecretStore;
  /** Opens the source the settings choose, at start and after every settings change. */
  openDataSources: (settings: Settings) => DataSourceProvider | Promise<DataSourceProvider>;
  /** The demo workspace `openDataSources` falls back on; the console closes it when it stops. */
  demo?: DemoDataSourceProvider;
  /** Overrides the workstation user (tests run several operators). */
  user?: { id: string; name: string };
}

export type BrowserMode = BrowserServer;

/** Starts the console core and serves it with the built renderer on 127.0.0.1. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const settingsStore = new FileSettingsStore(join(options.dataDir, 'settings.json'));
  const osUser = userInfo().username;
  const core = await createConsole({
    dataDir: options.dataDir,
    settingsStore,
    secretStore: options.secretStore,
    openDataSources: options.openDataSources,
    ...(options.demo ? { demo: options.demo } : {}),
    user: options.user ?? { id: osUser, name: osUser },
    transport: 'http',
    version: options.version,
  });
  const server = await createBrowserServer({
    router: core.router,
    rendererDir: options.rendererDir,
    port: options.port,
  });
  return {
    ...server,
    async close() {
      await server.close();
      await core.close();
    },
  };
}
