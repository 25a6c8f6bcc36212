import { ConsoleError } from '../../shared/contract/errors';
import { displayUrl } from '../../shared/domain/connectionUrl';
import type { ClusterConnection } from '../../shared/domain/settings';
import { readConnectionSecret } from '../settings/connectionSecrets';
import type { SecretStore } from '../settings/SettingsStore';
import { createElasticsearchClient, type ElasticsearchConnection } from './elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from './elasticsearch/ElasticsearchAdapter';
import { ElasticsearchLogSource } from './elasticsearch/ElasticsearchLogSource';

/** A saved connection opened: its adapter (for the status line and connection tests) and its LogSource. */
export interface ClusterSource {
  adapter: ElasticsearchAdapter;
  source: ElasticsearchLogSource;
  close(): Promise<void>;
}

export interface ClusterSourceOptions {
  /** The clock relative time ranges are resolved against; the system clock unless a test fixes it. */
  now?: () => number;
}

/**
 * Builds the client for a saved connection with its secret from the secret store; nothing else sees it,
 * and it is sent only to the address it was stored for.
 */
export async function openClusterSource(
  connection: ClusterConnection,
  secrets: SecretStore,
  options: ClusterSourceOptions = {},
): Promise<ClusterSource> {
  const secret = connection.auth.kind === 'none' ? undefined : await readConnectionSecret(secrets, connection);
  if (connection.auth.kind !== 'none' && secret === undefined) {
    throw new ConsoleError(
      'AUTH_FAILED',
      `No secret is stored for "${connection.name}" at this address; enter it again in Settings.`,
    );
  }
  const base = { url: connection.url, requestTimeoutMs: connection.requestTimeoutMs };
  const access: ElasticsearchConnection =
    connection.auth.kind === 'basic'
      ? { ...base, username: connection.auth.username, password: secret ?? '' }
      : connection.auth.kind === 'apiKey'
        ? { ...base, apiKey: secret ?? '' }
        : base;
  const adapter = new ElasticsearchAdapter(createElasticsearchClient(access), {
    url: displayUrl(connection.url),
    username: connection.auth.kind === 'basic' ? connection.auth.username : null,
    usesApiKey: connection.auth.kind === 'apiKey',
    requestTimeoutMs: connection.requestTimeoutMs,
  });
  const source = new ElasticsearchLogSource({
    adapter,
    indexPatterns: connection.indexPatterns,
    fieldMapping: connection.fieldMapping,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    adapter,
    source,
    async close() {
      await source.close();
      await adapter.close();
    },
  };
}
