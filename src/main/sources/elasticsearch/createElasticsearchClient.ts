import { Client } from '@elastic/elasticsearch';

// The package's ESM typings do not re-export ClientOptions.
type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;

/** Where a cluster is and how to authenticate: a user and password, or an API key. */
export interface ElasticsearchConnection {
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
  readonly apiKey?: string;
  /** Per request; a slow cluster fails with a timeout instead of hanging the console. */
  readonly requestTimeoutMs?: number;
  /** PEM of a private CA, for clusters with their own TLS certificate. */
  readonly caCertificate?: string;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * One client per connection. Sniffing stays off: behind proxies and in containers the nodes' published
 * addresses are often unreachable from a workstation. Retries are few, so an unreachable cluster is
 * reported in seconds, not minutes.
 */
export function createElasticsearchClient(
  connection: ElasticsearchConnection,
  overrides: Partial<ClientOptions> = {},
): Client {
  if (connection.apiKey !== undefined && connection.username !== undefined) {
    throw new Error('A connection uses either an API key or a username and password, not both');
  }
  const auth: ClientOptions['auth'] =
    connection.apiKey !== undefined
      ? { apiKey: connection.apiKey }
      : connection.username !== undefined
        ? { username: connection.username, password: connection.password ?? '' }
        : undefined;
  return new Client({
    node: connection.url,
    ...(auth ? { auth } : {}),
    ...(connection.caCertificate ? { tls: { ca: connection.caCertificate } } : {}),
    requestTimeout: connection.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    maxRetries: 2,
    sniffOnStart: false,
    sniffInterval: false,
    sniffOnConnectionFault: false,
    compression: false,
    ...overrides,
  });
}
