import { ClusterConnection, type Settings } from '../shared/domain/settings';
import { storeConnectionSecret } from '../main/settings/connectionSecrets';
import { MemorySecretStore } from '../main/settings/MemorySecretStore';
import { UsageError } from './CliCommand';

/** What a command acts as: a cluster connection with its secret for this process only, or the workstation. */
export type CliSource =
  { kind: 'local' } | { kind: 'cluster'; connection: ClusterConnection; secrets: MemorySecretStore };

const ENV_CONNECTION_ID = 'environment';

/**
 * The source `--source` names: `local` (the workstation and its demo workspace), a saved connection by
 * name, or, with no `--source`, the cluster ES_URL names. The command line keeps no stored secret: a
 * password or API key comes from ES_PASSWORD / ES_API_KEY and lives only as long as the process.
 */
export async function cliSource(
  name: string | undefined,
  settings: Settings,
  env: NodeJS.ProcessEnv,
): Promise<CliSource> {
  if (name === 'local') return { kind: 'local' };
  const connection = name === undefined ? environmentConnection(env) : savedConnection(name, settings);
  const secrets = new MemorySecretStore();
  const secret = connection.auth.kind === 'apiKey' ? env.ES_API_KEY : env.ES_PASSWORD;
  if (connection.auth.kind !== 'none') {
    if (!secret) {
      const variable = connection.auth.kind === 'apiKey' ? 'ES_API_KEY' : 'ES_PASSWORD';
      throw new UsageError(
        `"${connection.name}" needs a secret and the command line keeps none: set ${variable} for this command.`,
      );
    }
    await storeConnectionSecret(secrets, connection, secret);
  }
  return { kind: 'cluster', connection, secrets };
}

function savedConnection(name: string, settings: Settings): ClusterConnection {
  const connection = settings.connections.find((candidate) => candidate.name === name);
  if (connection) return connection;
  const known = settings.connections.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
  throw new UsageError(`No saved connection is named "${name}" (saved: ${known}); or use --source local.`);
}

function environmentConnection(env: NodeJS.ProcessEnv): ClusterConnection {
  const url = env.ES_URL?.trim();
  if (!url) throw new UsageError('Name a source: --source <connection name | local>, or set ES_URL.');
  const username = env.ES_USERNAME?.trim();
  const auth = env.ES_API_KEY ? { kind: 'apiKey' } : username ? { kind: 'basic', username } : { kind: 'none' };
  const parsed = ClusterConnection.safeParse({ id: ENV_CONNECTION_ID, name: 'ES_URL', url, auth });
  if (!parsed.success) {
    throw new UsageError(`ES_URL cannot be used: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return parsed.data;
}
