import { join } from 'node:path';
import type { AppInfo } from '../shared/contract/appInfo';
import type { Settings } from '../shared/domain/settings';
import { resolveOperator, type WorkstationUser } from './access/resolveOperator';
import { FileJournal } from './journal/FileJournal';
import { JOURNAL_FILE } from './journal/Journal';
import { PreferencesStore } from './preferences/PreferencesStore';
import { createRouter, type Handlers, type Router } from './router/createRouter';
import { createAppInfoService } from './services/createAppInfoService';
import { createChangeService } from './services/createChangeService';
import { createLogService } from './services/createLogService';
import { createRiskService } from './services/createRiskService';
import { createPreferenceService } from './services/createPreferenceService';
import { createSettingsService } from './services/createSettingsService';
import { createWorkspaceService } from './services/createWorkspaceService';
import type { DataSourceProvider } from './services/DataSourceProvider';
import type { SecretStore, SettingsStore } from './settings/SettingsStore';
import { SwitchableDataSources } from './sources/SwitchableDataSources';
import type { DemoDataSourceProvider } from './workspace/DemoDataSourceProvider';

export interface ConsoleOptions {
  /** The app's data folder: journal, demo workspace, operators' preferences. */
  dataDir: string;
  settingsStore: SettingsStore;
  secretStore: SecretStore;
  /** Opens the source the settings choose; called again whenever they change. */
  openDataSources: (settings: Settings) => DataSourceProvider | Promise<DataSourceProvider>;
  /**
   * The demo workspace, when this shell has one: `openDataSources` passes its `fallback()` for when no
   * cluster is chosen; the console offers its status and Reset, and closes it last.
   */
  demo?: DemoDataSourceProvider;
  user: WorkstationUser;
  transport: AppInfo['transport'];
  version: string;
}

export interface ConsoleCore {
  router: Router;
  close(): Promise<void>;
}

/** The composition root shared by both shells: services behind one router. No `electron` here. */
export async function createConsole(options: ConsoleOptions): Promise<ConsoleCore> {
  let settings: Settings = await options.settingsStore.read();
  const dataSources = new SwitchableDataSources(await options.openDataSources(settings));
  const appInfo = createAppInfoService({
    name: 'Audit Console',
    version: options.version,
    transport: options.transport,
    dataSources,
  });
  const handlers: Handlers = {
    'app/info': (request, context) => appInfo.info(request, context),
    ...createLogService(dataSources),
    ...createChangeService(dataSources),
    ...createRiskService(dataSources),
    ...createPreferenceService(new PreferencesStore(join(options.dataDir, 'operators'))),
    ...createSettingsService({
      current: () => settings,
      secrets: options.secretStore,
      apply: async (next) => {
        await options.settingsStore.write(next);
        settings = await options.settingsStore.read();
        await dataSources.switchTo(await options.openDataSources(settings));
      },
    }),
    ...createWorkspaceService(options.demo),
  };
  const journal = new FileJournal(join(options.dataDir, ...JOURNAL_FILE));
  // A line torn by a crash is fenced off now; if that cannot be written, calls say so until it can.
  await journal.recover().catch(() => undefined);
  const router = createRouter({
    handlers,
    currentOperator: () => resolveOperator(settings, options.user),
    journal,
  });
  return {
    router,
    async close() {
      await dataSources.close();
      await options.demo?.close();
    },
  };
}
