import { ConsoleError } from '../../shared/contract/errors';
import type { DataSourceStatus } from '../../shared/contract/appInfo';
import { connectionLabel, type ClusterConnection, type Settings } from '../../shared/domain/settings';
import type { LogSource } from '../../shared/query/logSource';
import type { DataSourceProvider } from '../services/DataSourceProvider';
import type { SecretStore } from '../settings/SettingsStore';
import { openClusterSource, type ClusterSource } from './openClusterSource';

/** The embedded store the console falls back on when no cluster is chosen (the demo workspace). */
export interface FallbackSource {
  status(): Promise<DataSourceStatus>;
  open(): Promise<LogSource>;
  /** Starts opening it in the background (a first start builds it) so it is ready when first asked. */
  prepare?(): void;
  close(): Promise<void>;
}

export interface DataSourceDependencies {
  settings: Settings;
  secrets: SecretStore;
  fallback?: FallbackSource;
}

const notConfigured: DataSourceStatus = {
  kind: 'none',
  label: 'No data source',
  state: 'not-configured',
  detail: 'Connect a cluster in Settings.',
  version: null,
};

/** Picks the source from settings: the active cluster connection, else the fallback, else none. */
export function createDataSourceProvider({ settings, secrets, fallback }: DataSourceDependencies): DataSourceProvider {
  const active = settings.connections.find((connection) => connection.id === settings.activeConnectionId);
  if (!active) fallback?.prepare?.();
  let cluster: Promise<ClusterSource> | null = null;
  const openCluster = (connection: ClusterConnection) => {
    cluster ??= openClusterSource(connection, secrets).catch((error: unknown) => {
      cluster = null;
      throw error;
    });
    return cluster;
  };

  return {
    async status(signal) {
      if (!active) return fallback ? fallback.status() : notConfigured;
      try {
        const info = await (await openCluster(active)).adapter.info(signal);
        return {
          kind: 'elasticsearch',
          label: connectionLabel(active),
          state: 'connected',
          detail: null,
          version: info.version,
        };
      } catch (error) {
        const detail = error instanceof ConsoleError ? error.message : 'The cluster could not be reached.';
        return { kind: 'elasticsearch', label: connectionLabel(active), state: 'unreachable', detail, version: null };
      }
    },
    async current() {
      if (active) return (await openCluster(active)).source;
      if (fallback) return fallback.open();
      throw new ConsoleError('UNAVAILABLE', 'No data source is open; connect a cluster in Settings.');
    },
    async close() {
      const open = cluster;
      cluster = null;
      if (open) await (await open).close();
      await fallback?.close();
    },
  };
}
