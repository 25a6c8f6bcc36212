import { errors, type Client, type TransportRequestOptions, type estypes } from '@elastic/elasticsearch';
import { ConsoleError } from '../../../shared/contract/errors';
import { isConsoleFault, toConsoleError, type ElasticsearchErrorContext } from './elasticsearchErrors';
import { sentByElasticsearch } from './sentByElasticsearch';

/** No tracer is installed in the console: the client's span bookkeeping per request would be work for nothing. */
const NO_TRACING = { enabled: false } as const;

export interface ClusterInfo {
  version: string | null;
  clusterName: string | null;
}

/** Who the cluster says the connection's credentials belong to. */
export interface AuthenticatedUser {
  username: string;
  roles: string[];
  metadata: Record<string, unknown>;
  /** The realm that vouched for the user: "native", "file", "_es_api_key", … */
  realm: string | null;
}

/** How a cluster with security switched off answers a security API. */
const SECURITY_OFF = /security must be explicitly enabled|security is (not enabled|disabled)/i;

/** The cluster and the credentials' owner as the cluster reports them, for custody records. */
export interface ClusterIdentity extends ClusterInfo {
  clusterUuid: string | null;
  username: string | null;
  realm: string | null;
  apiKeyId: string | null;
  apiKeyName: string | null;
}

export type ConnectionDescription = Omit<ElasticsearchErrorContext, 'indexPattern'>;

/**
 * Every call the console makes to a cluster goes through here: one method per kind of request, one
 * private path that passes cancellation and turns any failure into a ConsoleError. Credentials,
 * timeouts and retries are set once, on the client this adapter is given.
 */
export class ElasticsearchAdapter {
  private closed = false;
  /** One per request under way: closing aborts them, so a cluster that stopped answering cannot hold it up. */
  private readonly underWay = new Set<AbortController>();

  constructor(
    private readonly client: Client,
    readonly connection: ConnectionDescription,
  ) {}

  /** Who answers at the URL, for the connection test and the status line; checks the credentials too. */
  info(signal?: AbortSignal): Promise<ClusterInfo> {
    return this.request(undefined, signal, async (options) => {
      try {
        const main = await sentByElasticsearch('info', this.client.info({}, options));
        return { version: main.version.number, clusterName: main.cluster_name };
      } catch (error) {
        // The root endpoint is a module some distributions leave out (integ-test-zip): ask the node.
        if (!(error instanceof errors.ResponseError) || ![404, 405].includes(error.statusCode ?? 0)) throw error;
      }
      try {
        const nodes = await sentByElasticsearch(
          'nodesInfo',
          this.client.nodes.info({ node_id: '_local', filter_path: ['cluster_name', 'nodes.*.version'] }, options),
        );
        return { version: Object.values(nodes.nodes)[0]?.version ?? null, clusterName: nodes.cluster_name ?? null };
      } catch (error) {
        // Authenticated, but not allowed to read node info: connected, version unknown.
        if (error instanceof errors.ResponseError && error.statusCode === 403)
          return { version: null, clusterName: null };
        throw error;
      }
    });
  }

  /** Asks the cluster who these credentials are (`_security/_authenticate`); null when its security is off. */
  authenticate(signal?: AbortSignal): Promise<AuthenticatedUser | null> {
    return this.request(undefined, signal, async (options) => {
      try {
        const me = await sentByElasticsearch('authenticate', this.client.security.authenticate({}, options));
        return {
          username: me.username,
          roles: [...me.roles],
          metadata: { ...me.metadata },
          realm: me.authentication_realm.type ?? null,
        };
      } catch (error) {
        if (error instanceof errors.ResponseError && SECURITY_OFF.test(JSON.stringify(error.body ?? ''))) return null;
        throw error;
      }
    });
  }

  /**
   * Who another user is, asked as them (`_security/_authenticate` run as `username`); 'refused' when the
   * credentials may not run as that user, which the cluster also answers for a user it does not know.
   */
  authenticateAs(username: string, signal?: AbortSignal): Promise<AuthenticatedUser | 'refused'> {
    return this.request(undefined, signal, async (options) => {
      try {
        const headers = { ...options.headers, 'es-security-runas-user': username };
        const asThem = { ...options, headers };
        const them = await sentByElasticsearch('authenticate', this.client.security.authenticate({}, asThem));
        const realm = them.lookup_realm?.type ?? them.authentication_realm.type ?? null;
        return { username: them.username, roles: [...them.roles], metadata: { ...them.metadata }, realm };
      } catch (error) {
        if (error instanceof errors.ResponseError && error.statusCode === 403) return 'refused';
        throw error;
      }
    });
  }

  /** A user of the native realm (`GET _security/user`); null when there is none, 'refused' without `read_security`. */
  nativeUser(username: string, signal?: AbortSignal): Promise<AuthenticatedUser | 'refused' | null> {
    return this.request(undefined, signal, async (options) => {
      try {
        const users = this.client.security.getUser({ username: [username] }, options);
        const found = (await sentByElasticsearch('getUser', users))[username];
        if (found === undefined) return null;
        return { username, roles: [...found.roles], metadata: { ...found.metadata }, realm: 'native' };
      } catch (error) {
        if (error instanceof errors.ResponseError && error.statusCode === 404) return null;
        if (error instanceof errors.ResponseError && error.statusCode === 403) return 'refused';
        throw error;
      }
    });
  }

  /** The sources of the documents found among `ids` in one index; missing ones are left out. */
  async getDocuments(index: string, ids: readonly string[], signal?: AbortSignal): Promise<unknown[]> {
    if (ids.length === 0) return [];
    const response = await this.request(index, signal, (options) =>
      this.client.mget({ index, ids: [...ids] }, { ...options, ignore: [404] }),
    );
    return (response.docs ?? []).flatMap((doc) => ('found' in doc && doc.found ? [doc._source] : []));
  }

  /**
   * Which cluster answers (name, uuid, version) and whom it authenticated. Parts the credentials may
   * not read (the cluster state, or authenticate on a node with security off) are null, not errors.
   */
  async identify(signal?: AbortSignal): Promise<ClusterIdentity> {
    const info = await this.info(signal);
    const uuid = await this.request(undefined, signal, async (options) => {
      try {
        return (await this.client.info({}, options)).cluster_uuid;
      } catch (error) {
        if (!(error instanceof errors.ResponseError) || ![403, 404, 405].includes(error.statusCode ?? 0)) throw error;
      }
      const state = await this.client.cluster.state(
        { metric: ['metadata'], filter_path: ['metadata.cluster_uuid'] },
        { ...options, ignore: [403] },
      );
      return (state as { metadata?: { cluster_uuid?: string } }).metadata?.cluster_uuid ?? null;
    });
    const who = await this.request(undefined, signal, async (options) => {
      try {
        return await this.client.security.authenticate({}, options);
      } catch (error) {
        if (error instanceof errors.ResponseError && [400, 403, 404, 500].includes(error.statusCode ?? 0)) return null;
        throw error;
      }
    });
    return {
      ...info,
      clusterUuid: uuid,
      username: who?.username ?? null,
      realm: who?.authentication_realm?.name ?? null,
      apiKeyId: who?.api_key?.id ?? null,
      apiKeyName: who?.api_key?.name ?? null,
    };
  }

  async openPointInTime(index: string, keepAlive: string, signal?: AbortSignal): Promise<string> {
    const response = await this.request(index, signal, (options) =>
      this.client.openPointInTime({ index, keep_alive: keepAlive, allow_partial_search_results: true }, options),
    );
    return response.id;
  }

  /** Closing is best effort: a point-in-time that already expired is simply gone. */
  async closePointInTime(id: string, signal?: AbortSignal): Promise<void> {
    await this.request(undefined, signal, (options) =>
      this.client.closePointInTime({ id }, { ...options, ignore: [404] }),
    );
  }

  /** A search; `indexPattern` names what it targets in messages (the index itself may come from a PIT). */
  search<TDocument = unknown>(
    request: estypes.SearchRequest,
    indexPattern: string,
    signal?: AbortSignal,
  ): Promise<estypes.SearchResponse<TDocument>> {
    return this.request(indexPattern, signal, (options) => this.client.search<TDocument>(request, options));
  }

  fieldCaps(index: string, fields: readonly string[], signal?: AbortSignal): Promise<estypes.FieldCapsResponse> {
    return this.request(index, signal, (options) =>
      sentByElasticsearch(
        'fieldCaps',
        this.client.fieldCaps(
          { index, fields: [...fields], ignore_unavailable: true, allow_no_indices: true, include_unmapped: true },
          options,
        ),
      ),
    );
  }

  /**
   * The query as each shard rewrites it (`_validate/query?rewrite=true`, every shard): one explanation
   * per shard, or null for a shard that could not rewrite it (the reason is in `failures`).
   */
  async rewriteQuery(
    index: string,
    query: estypes.QueryDslQueryContainer,
    signal?: AbortSignal,
  ): Promise<{ explanations: (string | null)[]; failures: number }> {
    const answer = await this.request(index, signal, (options) =>
      this.client.indices.validateQuery(
        { index, query, rewrite: true, all_shards: true, ignore_unavailable: true, allow_no_indices: true },
        options,
      ),
    );
    return {
      explanations: (answer.explanations ?? []).map((shard) => (shard.valid ? (shard.explanation ?? null) : null)),
      failures: (answer._shards?.failed ?? 0) + (answer.valid ? 0 : 1),
    };
  }

  /**
   * Which of `privileges` the credentials hold on `index` (`_has_privileges`); all false on a node
   * whose security is off, since there nothing is checked and nothing vouched for.
   */
  hasIndexPrivileges(
    index: string,
    privileges: readonly string[],
    signal?: AbortSignal,
  ): Promise<Record<string, boolean>> {
    return this.request(index, signal, async (options) => {
      const none = Object.fromEntries(privileges.map((privilege) => [privilege, false]));
      try {
        const asked = { index: [{ names: [index], privileges: [...privileges] }] };
        const answer = await sentByElasticsearch('hasPrivileges', this.client.security.hasPrivileges(asked, options));
        return { ...none, ...(answer.index[index] ?? {}) };
      } catch (error) {
        if (error instanceof errors.ResponseError && SECURITY_OFF.test(JSON.stringify(error.body ?? ''))) return none;
        throw error;
      }
    });
  }

  /** Writes a document only if none has its id yet: a line once written is never replaced through the console. */
  async createDocument(
    index: string,
    id: string,
    document: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.request(index, signal, (options) => this.client.create({ index, id, document }, options));
  }

  /** Writes (or replaces) one document and waits until searches and gets see it. */
  async putDocument(index: string, id: string, document: Record<string, unknown>, signal?: AbortSignal): Promise<void> {
    await this.request(index, signal, (options) =>
      this.client.index({ index, id, document, refresh: 'wait_for' }, options),
    );
  }

  /** Idempotent: the source and its owner may both close it. Requests still under way end CANCELLED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const controller of this.underWay) controller.abort();
    await this.client.close();
  }

  private async request<T>(
    indexPattern: string | undefined,
    signal: AbortSignal | undefined,
    run: (options: TransportRequestOptions) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) throw new ConsoleError('CANCELLED', 'The request was cancelled');
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    this.underWay.add(controller);
    try {
      return await run({ signal: controller.signal, openTelemetry: NO_TRACING });
    } catch (error) {
      if (isConsoleFault(error)) throw error;
      throw toConsoleError(error, { ...this.connection, ...(indexPattern ? { indexPattern } : {}) });
    } finally {
      this.underWay.delete(controller);
      signal?.removeEventListener('abort', abort);
    }
  }
}
