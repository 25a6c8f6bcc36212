import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AppInfo } from '../shared/contract/appInfo';
import type { Operator } from '../shared/domain/roles';
import type { Settings } from '../shared/domain/settings';
import { CallerResolver } from './access/CallerResolver';
import { resolveOperator, type WorkstationUser } from './access/resolveOperator';
import { ClusterJournalMirror } from './journal/ClusterJournalMirror';
import { FileJournal } from './journal/FileJournal';
import { JOURNAL_FILE } from './journal/Journal';
import { PreferencesStore } from './preferences/PreferencesStore';
import { createRouter, type Handlers, type Router } from './router/createRouter';
import { BundleSignerSource } from './export/signing/bundleKey';
import { FileBundleKeyStore, type BundleKeyStore } from './export/signing/BundleKeyStore';
import { CaseStore } from './cases/CaseStore';
import { createBundleService, refuseWritesWhileBundleOpen } from './services/createBundleService';
import { bundleStoresDir, removeStaleBundleStores } from './sources/bundleStores';
import { BundleUploads, bundleUploadsDir, removeStaleBundleUploads } from './sources/BundleUploads';
import { createCaseService } from './services/createCaseService';
import { createAppInfoService } from './services/createAppInfoService';
import { createChangeService, type ChangeServiceOptions } from './services/createChangeService';
import { createClientService } from './services/createClientService';
import { createExportService } from './services/createExportService';
import { createLogService } from './services/createLogService';
import { createRiskService, type RiskServiceOptions } from './services/createRiskService';
import { createPreferenceService } from './services/createPreferenceService';
import { createSettingsService } from './services/createSettingsService';
import { createWorkspaceService } from './services/createWorkspaceService';
import { createJournalService } from './services/createJournalService';
import { createAccessService } from './services/createAccessService';
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
  /** How much of a bulk operation its page reads; tests lower the ceiling rather than log 10,000 events. */
  changes?: ChangeServiceOptions;
  /** How many edits a risk view reads; tests lower the ceiling rather than log 20,000 edits. */
  risk?: RiskServiceOptions;
  /** Where the bundle signing key is kept; an owner-only file in the data folder unless given. */
  bundleKeys?: BundleKeyStore;
  /** Who the operator is under these settings; the workstation's role mapping unless given (the command line). */
  resolveOperator?: (settings: Settings, user: WorkstationUser) => Operator;
  /** The desktop's file-open dialog for bundles; browser mode and the command line have none. */
  chooseBundleFile?: () => Promise<string | null>;
}

export interface ConsoleCore {
  router: Router;
  /** Opens a bundle as `bundle/open` does, for `audit-console open`: the verdict when it stays closed. */
  openBundle(path: string): ReturnType<Handlers['bundle/open']>;
  /** Resolves once every journal line so far was copied to the cluster's journal index, or given up. */
  flushJournal(): Promise<void>;
  /** Closes the source and the demo workspace, stopping a build under way; resolves once all is closed. */
  close(): Promise<void>;
}

/** The bundle signing key of a data folder, for the command line and browser mode. */
export function bundleKeyFile(dataDir: string): string {
  return join(dataDir, 'keys', 'bundle-signing-key.pem');
}

/**
 * The one composition root: the desktop app, browser mode and the tests all start the console here.
 * It reads from the cluster the settings choose, else the demo workspace of `dataDir`. No `electron`.
 */
/** How long closing waits for journal lines still being copied to the cluster (they stay in the local file). */
const JOURNAL_COPY_GRACE_MS = 2_000;

export async function createConsole(options: ConsoleOptions): Promise<ConsoleCore> {
  let settings: Settings = await options.settingsStore.read();
  const demo = DemoSource.inDataDir(options.dataDir, options.demoWorkspace);
  // The command line prints a cluster's refusal itself; the desktop and browser mode log it in main.
  const failureLog = { logClusterFailures: options.transport !== 'cli' };
  const source = new ActiveSource(demo, options.secretStore, options.cluster, failureLog);
  await source.choose(settings);
  const appInfo = createAppInfoService({
    name: 'Audit Console',
    version: options.version,
    transport: options.transport,
    dataSources: source,
  });
  const preferences = new PreferencesStore(join(options.dataDir, 'operators'));
  // Stores of bundles a crashed console had open: no running console uses them any more.
  await removeStaleBundleStores(bundleStoresDir(options.dataDir));
  // Likewise the unfinished uploads of a console that stopped.
  await removeStaleBundleUploads(bundleUploadsDir(options.dataDir));
  const uploads = new BundleUploads(bundleUploadsDir(options.dataDir));
  const signer = new BundleSignerSource(options.bundleKeys ?? new FileBundleKeyStore(bundleKeyFile(options.dataDir)));
  const bundles = createBundleService({
    source,
    ownFingerprint: () => signer.existingFingerprint(),
    dataDir: options.dataDir,
    uploads,
    ...(options.chooseBundleFile ? { chooseFile: options.chooseBundleFile } : {}),
  });
  const journalFile = join(options.dataDir, ...JOURNAL_FILE);
  const mirror = new ClusterJournalMirror(() => source.cluster(), hostname());
  const services: Handlers = {
    'app/info': (request, context) => appInfo.info(request, context),
    ...createLogService(source),
    ...createChangeService(source, options.changes),
    ...createRiskService(source, undefined, options.risk),
    ...createClientService(source, { preferences, ...(options.cluster?.now ? { now: options.cluster.now } : {}) }),
    ...createPreferenceService(preferences),
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
    ...createCaseService(new CaseStore(join(options.dataDir, 'cases'))),
    ...createExportService({
      dataSources: source,
      signer,
      console: { name: 'Audit Console', version: options.version },
      consoleFolder: options.dataDir,
    }),
    ...bundles,
    ...createJournalService({ cluster: () => source.cluster(), journalFile, mirror }),
    ...createAccessService(() => source.cluster()),
  };
  const handlers = refuseWritesWhileBundleOpen(services, () => source.bundle() !== null);
  const journal = new FileJournal(journalFile, (line) => mirror.copy(line));
  // A line torn by a crash is fenced off now; if that cannot be written, calls say so until it can.
  await journal.recover().catch(() => undefined);
  const localOperator = () => (options.resolveOperator ?? resolveOperator)(settings, options.user);
  const callers = new CallerResolver(source, localOperator, failureLog);
  const router = createRouter({
    handlers,
    currentOperator: localOperator,
    currentCaller: () => callers.current(),
    journal,
  });
  const openBundle = (path: string) =>
    bundles['bundle/open']({ path, trust: [] }, { operator: localOperator(), signal: new AbortController().signal });
  return {
    router,
    openBundle,
    flushJournal: () => mirror.flush(),
    close: async () => {
      await mirror.close(JOURNAL_COPY_GRACE_MS);
      await uploads.close();
      await source.close();
    },
  };
}
