import { join } from 'node:path';
import type { AppInfo } from '../shared/contract/appInfo';
import { resolveOperator, type WorkstationUser } from './access/resolveOperator';
import { FileJournal } from './journal/FileJournal';
import { createRouter, type Handlers, type Router } from './router/createRouter';
import { createAppInfoService } from './services/createAppInfoService';
import { createLogService } from './services/createLogService';
import { createPreferenceService } from './services/createPreferenceService';
import { PreferencesStore } from './preferences/PreferencesStore';
import type { DataSourceProvider } from './services/DataSourceProvider';
import type { Settings } from '../shared/domain/settings';
import type { SettingsStore } from './settings/SettingsStore';

export interface ConsoleOptions {
  /** The app's data folder: journal, demo workspace, exports in progress. */
  dataDir: string;
  settingsStore: SettingsStore;
  dataSources: DataSourceProvider;
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
  const settings: Settings = await options.settingsStore.read();
  const appInfo = createAppInfoService({
    name: 'Audit Console',
    version: options.version,
    transport: options.transport,
    dataSources: options.dataSources,
  });
  const handlers: Handlers = {
    'app/info': (request, context) => appInfo.info(request, context),
    ...createLogService(options.dataSources),
    ...createPreferenceService(new PreferencesStore(join(options.dataDir, 'operators'))),
  };
  const router = createRouter({
    handlers,
    currentOperator: () => resolveOperator(settings, options.user),
    journal: new FileJournal(join(options.dataDir, 'journal', 'operator-journal.ndjson')),
  });
  return {
    router,
    close: () => options.dataSources.close(),
  };
}
