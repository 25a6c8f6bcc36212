import { ConsoleError } from '../../shared/contract/errors';
import type { DataSourceStatus } from '../../shared/contract/appInfo';
import type { Settings } from '../../shared/domain/settings';
import type { DataSourceProvider } from '../services/DataSourceProvider';

/** Picks the source from settings: the active cluster connection, else none. */
export function createDataSourceProvider(settings: Settings): DataSourceProvider {
  const active = settings.connections.find((connection) => connection.id === settings.activeConnectionId);
  const status: DataSourceStatus = active
    ? {
        kind: 'elasticsearch',
        label: `${active.name} (${active.url})`,
        state: 'unreachable',
        detail: null,
        version: null,
      }
    : {
        kind: 'none',
        label: 'No data source',
        state: 'not-configured',
        detail: 'Connect a cluster in Settings.',
        version: null,
      };
  return {
    status: () => Promise.resolve(status),
    current: () =>
      Promise.reject(new ConsoleError('UNAVAILABLE', 'No data source is open; connect a cluster in Settings.')),
    close: () => Promise.resolve(),
  };
}
