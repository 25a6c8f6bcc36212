import type { LogFamily } from '../../../shared/query/logQuery';
import type { SourceIdentity } from '../../../shared/query/logSource';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';

/** Who answers at the connection's URL (shown without credentials), whom it knows us as, and what is read. */
export async function describeCluster(
  adapter: ElasticsearchAdapter,
  indexPatterns: Readonly<Record<LogFamily, string>>,
  signal?: AbortSignal,
): Promise<SourceIdentity> {
  const identity = await adapter.identify(signal);
  const url = new URL(adapter.connection.url);
  url.username = '';
  url.password = '';
  return {
    kind: 'elasticsearch',
    url: url.origin + url.pathname.replace(/\/+$/, ''),
    clusterName: identity.clusterName,
    clusterUuid: identity.clusterUuid,
    version: identity.version,
    indexPatterns: { ...indexPatterns },
    authenticatedAs: {
      username: identity.username,
      realm: identity.realm,
      apiKeyId: identity.apiKeyId,
      apiKeyName: identity.apiKeyName,
    },
  };
}
