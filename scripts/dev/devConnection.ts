import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ClusterConnection, Settings } from '../shared/domain/settings';

const LocalConnectionFile = z.object({ url: z.string(), username: z.string(), password: z.string() });

export const DEV_CONNECTION_ID = 'local-development';

/** The local test cluster that `npm run es:start` recorded in `.local/elasticsearch.json`. */
export function readDevConnection(root: string, indexPrefix = ''): { connection: ClusterConnection; password: string } {
  const file = join(root, '.local', 'elasticsearch.json');
  if (!existsSync(file)) {
    throw new Error('No local cluster is recorded in .local/elasticsearch.json: run `npm run es:start` first.');
  }
  const local = LocalConnectionFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const connection = ClusterConnection.parse({
    id: DEV_CONNECTION_ID,
    name: 'Local development cluster',
    url: local.url,
    auth: { kind: 'basic', username: local.username },
    indexPatterns: {
      operational: `${indexPrefix}crm-operational-logs-*`,
      activity: `${indexPrefix}crm-client-activity-*`,
    },
  });
  return { connection, password: local.password };
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
