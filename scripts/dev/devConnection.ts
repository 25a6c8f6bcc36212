import type { z } from 'zod';
import { ClusterConnection, Settings } from '../../src/shared/domain/settings';
import { storeConnectionSecret } from '../../src/main/settings/connectionSecrets';
import { MemorySecretStore } from '../../src/main/settings/MemorySecretStore';
import {
  openClusterSource,
  type ClusterSource,
  type ClusterSourceOptions,
} from '../../src/main/sources/openClusterSource';

export const DEV_CONNECTION_ID = 'local-development';

/** How to reach a cluster, as `.local/elasticsearch.json` (or ES_URL) records it. */
export interface ClusterAccess {
  url: string;
  username?: string;
  password?: string;
  apiKey?: string;
}

export type ConnectionFields = Partial<z.input<typeof ClusterConnection>>;

/**
 * A dev/test cluster the way the console keeps one: a saved connection (the local development one
 * unless `fields` say otherwise) and a secret store holding its password or API key.
 */
export async function devConnection(
  access: ClusterAccess,
  fields: ConnectionFields = {},
): Promise<{ connection: ClusterConnection; secrets: MemorySecretStore }> {
  const auth =
    access.apiKey !== undefined
      ? { kind: 'apiKey' as const }
      : access.username !== undefined
        ? { kind: 'basic' as const, username: access.username }
        : { kind: 'none' as const };
  const connection = ClusterConnection.parse({
    id: DEV_CONNECTION_ID,
    name: 'Local development cluster',
    url: access.url,
    auth,
    ...fields,
  });
  const secrets = new MemorySecretStore();
  const secret = access.apiKey ?? access.password;
  if (secret !== undefined) await storeConnectionSecret(secrets, connection, secret);
  return { connection, secrets };
}

/** The console's own cluster assembly (a saved connection, its secret, openClusterSource) over a dev/test cluster. */
export async function openDevClusterSource(
  access: ClusterAccess,
  fields: ConnectionFields = {},
  options: ClusterSourceOptions = {},
): Promise<ClusterSource> {
  const { connection, secrets } = await devConnection(access, fields);
  return openClusterSource(connection, secrets, options);
}

/** Offers the connection among the settings' connections, active unless the operator chose another. */
export function withDevConnection(settings: Settings, connection: ClusterConnection): Settings {
  const others = settings.connections.filter((existing) => existing.id !== connection.id);
  return Settings.parse({
    ...settings,
    connections: [...others, connection],
    activeConnectionId: settings.activeConnectionId ?? connection.id,
  });
}
