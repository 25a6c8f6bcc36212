import { Client, ClusterConnectionPool } from '@elastic/elasticsearch';
import { KeepAliveConnection } from './KeepAliveConnection';

// The package's ESM typings do not re-export ClientOptions.
type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;

/** Where a cluster is and how to authenticate: a user and password, or an API key. */
export interface ElasticsearchConnection {
  /** The node tried first. */
  readonly url: string;
  /** Further nodes of the same cluster, tried in this order when the ones before fail. */
  readonly failoverUrls?: readonly string[];
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
 * addresses are often unreachable from a workstation. The nodes are tried in the order given: each
 * request goes to the first one not marked dead, and a node that fails is skipped until it answers a
 * ping again. Retries are few (one per further node), so an unreachable cluster is reported in seconds.
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
  const nodes = [connection.url, ...(connection.failoverUrls ?? [])];
  return new Client({
    nodes,
    ConnectionPool: ClusterConnectionPool,
    Connection: KeepAliveConnection,
    // The pool asks only with at least one connection: the first listed that is alive (or all, when none is).
    nodeSelector: (alive) => alive[0] as (typeof alive)[number],
    ...(auth ? { auth } : {}),
    ...(connection.caCertificate ? { tls: { ca: connection.caCertificate } } : {}),
    requestTimeout: connection.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    maxRetries: Math.max(2, nodes.length),
    sniffOnStart: false,
    sniffInterval: false,
    sniffOnConnectionFault: false,
    compression: false,
    ...overrides,
  });
}
