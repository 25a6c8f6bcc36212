import type { DataSourceStatus } from '../../shared/contract/appInfo';
import type { WorkspaceState } from '../../shared/contract/workspaceChannels';
import { connectionLabel, type ClusterConnection, type Settings } from '../../shared/domain/settings';
import type { LogSource } from '../../shared/query/logSource';
import type { SecretStore } from '../settings/SettingsStore';
import type { DemoSource } from '../workspace/DemoSource';
import type { BundleSource } from './BundleSource';
import { ClusterFailureLog, type ClusterFailureLogOptions } from './ClusterFailureLog';
import { openClusterSource, type ClusterSource, type ClusterSourceOptions } from './openClusterSource';

/** The status line's detail when the console's own code failed while asking the cluster. */
export const CONSOLE_FAULT_DETAIL =
  'The console failed internally while asking the cluster; the details are in the main process log.';

type Choice =
  { kind: 'cluster'; connection: ClusterConnection; opening: Promise<ClusterSource> | null } | { kind: 'demo' };

/**
 * Where the console reads logs from now: the settings' active cluster connection, else the demo
 * workspace. The services hold this one object for the console's life; `choose` follows each settings
 * change. Either opens when first asked about: the cluster on first use, the demo workspace (built in
 * the background on a first start) as soon as the window asks for the source's or the workspace's
 * status, which it does on opening. A console nobody looks at builds nothing.
 */
export class ActiveSource {
  private choice: Choice = { kind: 'demo' };
  /** A reopened bundle read instead of the choice until it is closed; the choice stays as it was. */
  private reopened: BundleSource | null = null;
  private readonly failures: ClusterFailureLog;

  constructor(
    readonly demo: DemoSource,
    private readonly secrets: SecretStore,
    private readonly clusterOptions: ClusterSourceOptions = {},
    failureLog: ClusterFailureLogOptions = {},
  ) {
    this.failures = new ClusterFailureLog("the cluster's status", failureLog);
  }

  /** Puts the settings' choice in place first, so no call reaches a closed source, then closes the old one. */
  async choose(settings: Settings): Promise<void> {
    const connection = settings.connections.find((candidate) => candidate.id === settings.activeConnectionId);
    const previous = this.choice;
    this.choice = connection ? { kind: 'cluster', connection, opening: null } : { kind: 'demo' };
    await closeCluster(previous);
  }

  /** Reads the bundle instead of the chosen source until `closeBundle`; a bundle open before is closed. */
  async openBundle(bundle: BundleSource): Promise<void> {
    const previous = this.reopened;
    this.reopened = bundle;
    await previous?.close();
  }

  /** Closes the reopened bundle, if any: the chosen source is read again. */
  async closeBundle(): Promise<boolean> {
    const previous = this.reopened;
    this.reopened = null;
    await previous?.close();
    return previous !== null;
  }

  /** The reopened bundle being read, or null. */
  bundle(): BundleSource | null {
    return this.reopened;
  }

  async status(signal?: AbortSignal): Promise<DataSourceStatus> {
    if (this.reopened) {
      const { view } = this.reopened;
      return {
        kind: 'embedded',
        label: `Bundle ${view.file}`,
        state: 'bundle',
        detail: null,
        version: null,
        bundle: view,
      };
    }
    const choice = this.choice;
    if (choice.kind === 'demo') {
      this.demo.prepare();
      return this.demo.status();
    }
    try {
      const cluster = await this.openCluster(choice);
      const info = await cluster.adapter.info(signal);
      const textSearch = await cluster.source.textSearch(signal);
      this.failures.cleared();
      return {
        kind: 'elasticsearch',
        label: connectionLabel(choice.connection),
        state: 'connected',
        detail: null,
        version: info.version,
        textSearch,
      };
    } catch (error) {
      const failure = this.failures.describe(error);
      // A fault of the console's own says nothing of the cluster: it is not called unreachable.
      return {
        kind: 'elasticsearch',
        label: connectionLabel(choice.connection),
        state: failure.consoleFault ? 'fault' : 'unreachable',
        detail: failure.consoleFault ? CONSOLE_FAULT_DETAIL : failure.reason,
        version: null,
      };
    }
  }

  /** The demo workspace as the window sees it; asking while it is the source starts opening it. */
  workspace(): WorkspaceState {
    if (this.choice.kind === 'demo') this.demo.prepare();
    return this.demo.state();
  }

  /** The source to read from now, or a ConsoleError saying why it cannot be had. */
  async current(): Promise<LogSource> {
    if (this.reopened) return this.reopened.source;
    const choice = this.choice;
    return choice.kind === 'demo' ? this.demo.current() : (await this.openCluster(choice)).source;
  }

  /** The chosen cluster, opened on first use; null while the demo workspace is the source. */
  cluster(): Promise<ClusterSource> | null {
    const choice = this.choice;
    return choice.kind === 'demo' ? null : this.openCluster(choice);
  }

  async close(): Promise<void> {
    await this.closeBundle();
    const previous = this.choice;
    this.choice = { kind: 'demo' };
    await closeCluster(previous);
    await this.demo.close();
  }

  private openCluster(choice: Extract<Choice, { kind: 'cluster' }>): Promise<ClusterSource> {
    choice.opening ??= openClusterSource(choice.connection, this.secrets, this.clusterOptions).catch(
      (error: unknown) => {
        choice.opening = null;
        throw error;
      },
    );
    return choice.opening;
  }
}

async function closeCluster(choice: Choice): Promise<void> {
  if (choice.kind !== 'cluster' || !choice.opening) return;
  const opening = choice.opening;
  choice.opening = null;
  // One that failed to open has nothing to close.
  const cluster = await opening.catch(() => null);
  await cluster?.close();
}
