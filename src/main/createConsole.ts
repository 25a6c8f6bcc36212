import { join } from 'node:path';
import type { AppInfo } from '../shared/contract/appInfo';
import type { Settings } from '../shared/domain/settings';
import { CallerResolver } from './access/CallerResolver';
import { resolveOperator, type WorkstationUser } from './access/resolveOperator';
import { FileJournal } from './journal/FileJournal';
import { JOURNAL_FILE } from './journal/Journal';
import { PreferencesStore } from './preferences/PreferencesStore';
import { createRouter, type Handlers, type Router } from './router/createRouter';
import { createAppInfoService } from './services/createAppInfoService';
import { createLogService } from './services/createLogService';
import { createPreferenceService } from './services/createPreferenceService';
import { createSettingsService } from './services/createSettingsService';
import { createWorkspaceService } from './services/createWorkspaceService';
import type { SecretStore, SettingsStore } from './settings/SettingsStore';
import { ActiveSource } from './sources/ActiveSource';
import type { ClusterSourceOptions } from './sources/openClusterSource';
import type { DemoWorkspaceOptions } from './workspace/DemoWorkspace';
import { DemoSource } from './workspace/DemoSource';

export interface ConsoleOptions {
  /** The app's data folder: journal, demo workspace, operators' preferences. */
  dataDir: string;
  settingsStore: SettingsStore;
  secretStore: SecretStore;
  user: WorkstationUser;
  transport: AppInfo['transport'];
  version: string;
  /** The demo workspace's dataset and clock; tests make it small. By default, the full demo. */
  demoWorkspace?: DemoWorkspaceOptions;
  /** The clock cluster queries resolve relative time ranges against; tests fix it. */
  cluster?: ClusterSourceOptions;
}

export interface ConsoleCore {
  router: Router;
  /** Closes the source and the demo workspace, stopping a build under way; resolves once all is closed. */
  close(): Promise<void>;
}

/**
 * The one composition root: the desktop app, browser mode and the tests all start the console here.
 * It reads from the cluster the settings choose, else the demo workspace of `dataDir`. No `electron`.
 */
export async function createConsole(options: ConsoleOptions): Promise<ConsoleCore> {
  let settings: Settings = await options.settingsStore.read();
  const demo = DemoSource.inDataDir(options.dataDir, options.demoWorkspace);
  const source = new ActiveSource(demo, options.secretStore, options.cluster);
  await source.choose(settings);
  const appInfo = createAppInfoService({
    name: 'Audit Console',
    version: options.version,
    transport: options.transport,
    dataSources: source,
  });
  const handlers: Handlers = {
    'app/info': (request, context) => appInfo.info(request, context),
    ...createLogService(source),
    ...createPreferenceService(new PreferencesStore(join(options.dataDir, 'operators'))),
    ...createSettingsService({
      current: () => settings,
      secrets: options.secretStore,
      apply: async (next) => {
        await options.settingsStore.write(next);
        settings = await options.settingsStore.read();
        await source.choose(settings);
      },
    }),
    ...createWorkspaceService({ state: () => source.workspace(), reset: () => demo.reset() }),
  };
  const journal = new FileJournal(join(options.dataDir, ...JOURNAL_FILE));
  // A line torn by a crash is fenced off now; if that cannot be written, calls say so until it can.
  await journal.recover().catch(() => undefined);
  const callers = new CallerResolver(source, () => settings, options.user);
  const router = createRouter({
    handlers,
    currentOperator: () => resolveOperator(settings, options.user),
    currentCaller: () => callers.current(),
    journal,
  });
  return { router, close: () => source.close() };
}
