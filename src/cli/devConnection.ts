import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Settings } from '../shared/domain/settings';
import { ClusterConnection, Settings as SettingsSchema } from '../shared/domain/settings';
import { MemorySecretStore } from '../main/settings/MemorySecretStore';

const LocalConnectionFile = z.object({ url: z.string(), username: z.string(), password: z.string() });

export const DEV_CONNECTION_ID = 'local-development';

/**
 * The local test cluster that `npm run es:start` wrote to `.local/elasticsearch.json`, as the active
 * connection; its password stays in memory for this process only.
 */
export async function withDevConnection(
  root: string,
  settings: Settings,
  indexPrefix = '',
): Promise<{ settings: Settings; secrets: MemorySecretStore }> {
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
  const secrets = new MemorySecretStore();
  await secrets.set(DEV_CONNECTION_ID, local.password);
  const others = settings.connections.filter((existing) => existing.id !== DEV_CONNECTION_ID);
  return {
    settings: SettingsSchema.parse({
      ...settings,
      connections: [...others, connection],
      activeConnectionId: DEV_CONNECTION_ID,
    }),
    secrets,
  };
}
