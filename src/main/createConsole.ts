import { join } from 'node:path';
import type { AppInfo } from '../shared/contract/appInfo';
import type { Operator } from '../shared/domain/roles';
import type { Settings } from '../shared/domain/settings';
import { resolveOperator, type WorkstationUser } from './access/resolveOperator';
import { FileJournal } from './journal/FileJournal';
import { JOURNAL_FILE } from './journal/Journal';
import { PreferencesStore } from './preferences/PreferencesStore';
import { createRouter, type Handlers, type Router } from './router/createRouter';
import { BundleSignerSource } from './export/signing/bundleKey';
import { FileBundleKeyStore, type BundleKeyStore } from './export/signing/BundleKeyStore';
import { createAppInfoService } from './services/createAppInfoService';
import { createExportService } from './services/createExportService';
import { createLogService } from './services/createLogService';
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
  /** Where the bundle signing key is kept; an owner-only file in the data folder unless given. */
  bundleKeys?: BundleKeyStore;
  /** Who the operator is under these settings; the workstation's role mapping unless given (the command line). */
  resolveOperator?: (settings: Settings, user: WorkstationUser) => Operator;
}

export interface ConsoleCore {
  router: Router;
  close(): Promise<void>;
}

/** The bundle signing key of a data folder, for the command line and browser mode. */
export function bundleKeyFile(dataDir: string): string {
  return join(dataDir, 'keys', 'bundle-signing-key.pem');
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
    ...createExportService({
      dataSources,
      signer: new BundleSignerSource(options.bundleKeys ?? new FileBundleKeyStore(bundleKeyFile(options.dataDir))),
      console: { name: 'Audit Console', version: options.version },
    }),
  };
  const journal = new FileJournal(join(options.dataDir, ...JOURNAL_FILE));
  // A line torn by a crash is fenced off now; if that cannot be written, calls say so until it can.
  await journal.recover().catch(() => undefined);
  const router = createRouter({
    handlers,
    currentOperator: () => (options.resolveOperator ?? resolveOperator)(settings, options.user),
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
