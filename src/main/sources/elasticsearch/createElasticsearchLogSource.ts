import { DEFAULT_INDEX_PATTERNS, type FieldMapping } from '../../../shared/domain/fieldMapping';
import type { LogFamily } from '../../../shared/query/logQuery';
import { createElasticsearchClient, type ElasticsearchConnection } from './createElasticsearchClient';
import { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { ElasticsearchLogSource } from './ElasticsearchLogSource';

/** The client's own default, named in timeout messages when the connection sets none. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface ElasticsearchSourceSettings {
  connection: ElasticsearchConnection;
  indexPatterns?: Readonly<Record<LogFamily, string>>;
  fieldMapping?: FieldMapping;
  /** How long a result set stays open between two pages; default 5 minutes. */
  pageKeepAliveMs?: number;
}

/** A LogSource over one cluster connection: one client, one adapter, credentials and limits set once. */
export function createElasticsearchLogSource(settings: ElasticsearchSourceSettings): ElasticsearchLogSource {
  const { connection } = settings;
  const adapter = new ElasticsearchAdapter(createElasticsearchClient(connection), {
    url: connection.url,
    username: connection.apiKey === undefined ? (connection.username ?? null) : null,
    usesApiKey: connection.apiKey !== undefined,
    requestTimeoutMs: connection.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  });
  return new ElasticsearchLogSource({
    adapter,
    indexPatterns: settings.indexPatterns ?? DEFAULT_INDEX_PATTERNS,
    ...(settings.fieldMapping ? { fieldMapping: settings.fieldMapping } : {}),
    ...(settings.pageKeepAliveMs ? { pageKeepAliveMs: settings.pageKeepAliveMs } : {}),
  });
}
