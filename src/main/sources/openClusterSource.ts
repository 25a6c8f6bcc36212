import { ConsoleError } from '../../shared/contract/errors';
import { displayUrl } from '../../shared/domain/connectionUrl';
import { connectionUrls, type ClusterConnection } from '../../shared/domain/settings';
import { readConnectionSecret } from '../settings/connectionSecrets';
import type { SecretStore } from '../settings/SettingsStore';
import { createElasticsearchClient, type ElasticsearchConnection } from './elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter, type ConnectionDescription } from './elasticsearch/ElasticsearchAdapter';
import { ElasticsearchLogSource } from './elasticsearch/ElasticsearchLogSource';
import { resolveTrustedCertificate } from './elasticsearch/resolveTrustedCertificate';

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
 * How to reach and authenticate to a saved connection: its nodes, the certificate it trusts and its
 * secret from the secret store, sent only to the nodes, user and trust it was stored for. Stays in main.
 */
export async function connectionAccess(
  connection: ClusterConnection,
  secrets: SecretStore,
): Promise<ElasticsearchConnection> {
  const secret = connection.auth.kind === 'none' ? undefined : await readConnectionSecret(secrets, connection);
  if (connection.auth.kind !== 'none' && secret === undefined) {
    throw new ConsoleError(
      'AUTH_FAILED',
      `No secret is stored for "${connection.name}" at this address; enter it again in Settings.`,
    );
  }
  const caCertificate = await resolveTrustedCertificate(connection.tls, connectionUrls(connection));
  const base = {
    url: connection.url,
    failoverUrls: connection.failoverUrls,
    requestTimeoutMs: connection.requestTimeoutMs,
    ...(caCertificate === undefined ? {} : { caCertificate }),
  };
  return connection.auth.kind === 'basic'
    ? { ...base, username: connection.auth.username, password: secret ?? '' }
    : connection.auth.kind === 'apiKey'
      ? { ...base, apiKey: secret ?? '' }
      : base;
}

/** How the adapter names a connection in messages: its nodes' addresses and the user, never the secret. */
export function describeConnection(connection: ClusterConnection): ConnectionDescription {
  return {
    url: displayUrl(connection.url),
    failoverUrls: connection.failoverUrls.map(displayUrl),
    username: connection.auth.kind === 'basic' ? connection.auth.username : null,
    usesApiKey: connection.auth.kind === 'apiKey',
    requestTimeoutMs: connection.requestTimeoutMs,
  };
}

/** Builds the client and LogSource for a saved connection; nothing else sees its secret. */
export async function openClusterSource(
  connection: ClusterConnection,
  secrets: SecretStore,
  options: ClusterSourceOptions = {},
): Promise<ClusterSource> {
  const access = await connectionAccess(connection, secrets);
  const adapter = new ElasticsearchAdapter(createElasticsearchClient(access), describeConnection(connection));
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
