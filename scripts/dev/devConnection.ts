import { DEFAULT_INDEX_PATTERNS } from '../../src/shared/domain/fieldMapping';
import { ClusterConnection, Settings } from '../../src/shared/domain/settings';
import type { LocalConnection } from '../elasticsearch/connection';

export const DEV_CONNECTION_ID = 'local-development';

/** The dev/test cluster (`npm run es:start`, or ES_URL) as a saved connection, and the secret it needs. */
export function devConnection(
  local: LocalConnection,
  indexPrefix = '',
): { connection: ClusterConnection; secret: string | undefined } {
  const auth =
    local.apiKey !== undefined
      ? { kind: 'apiKey' as const }
      : local.username !== undefined
        ? { kind: 'basic' as const, username: local.username }
        : { kind: 'none' as const };
  const connection = ClusterConnection.parse({
    id: DEV_CONNECTION_ID,
    name: 'Local development cluster',
    url: local.url,
    auth,
    indexPatterns: {
      operational: `${indexPrefix}${DEFAULT_INDEX_PATTERNS.operational}`,
      activity: `${indexPrefix}${DEFAULT_INDEX_PATTERNS.activity}`,
    },
  });
  return { connection, secret: local.apiKey ?? local.password };
}

/** Offers the local cluster among the connections, active unless the operator chose another. */
export function withDevConnection(settings: Settings, connection: ClusterConnection): Settings {
  const others = settings.connections.filter((existing) => existing.id !== connection.id);
  return Settings.parse({
    ...settings,
    connections: [...others, connection],
    activeConnectionId: settings.activeConnectionId ?? connection.id,
  });
}
