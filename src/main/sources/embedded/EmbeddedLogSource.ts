import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ConsoleError } from '../../../shared/contract/errors';
import type { ClientMatch } from '../../../shared/domain/clientDirectory';
import type {
  ActivityScan,
  ClientFacts,
  ClientName,
  NameCounts,
  ScannedActivity,
} from '../../../shared/query/clientQueries';
import type { ActivityQuery, LogFamily, LogQuery, OperationalQuery, TimeRange } from '../../../shared/query/logQuery';
import type {
  Facet,
  FacetField,
  Histogram,
  LogPage,
  LogSource,
  SearchOptions,
  SourceIdentity,
  Suggestion,
  SuggestField,
} from '../../../shared/query/logSource';
import { CursorEnvelope, queryFingerprint, type CursorBinding } from '../cursorEnvelope';
import { candidateIds, rankClientMatches } from '../rankClientMatches';
import { withoutSecretParties } from '../searchTerms';
import {
  compileActivityScanSql,
  compileEventNameCountsSql,
  limitNameCounts,
  readScannedRow,
} from './compileActivityScanSql';
import { readClientFactsSql } from './compileClientFactsSql';
import { findClientCandidates, findClientDetails, findClientNames } from './compileClientLookupSql';
import { compileDistinctCountSql } from './compileDistinctCountSql';
import { compileFacetsSql } from './compileFacetsSql';
import { compileSuggestSql } from './compileSuggestSql';
import { compileToSql } from './compileToSql';
import type { CompileContext } from './compileWhere';
import { EmbeddedCursor } from './embeddedCursor';
import { facetsFrom } from './facetsFrom';
import { fillEmbeddedDatabase } from './fillEmbeddedDatabase';
import { histogramFrom } from './histogramFrom';
import type { LogDocument } from './loadDocuments';
import { openEmbeddedDatabase } from './openEmbeddedDatabase';
import { readEmbeddedPage } from './readEmbeddedPage';
import { withEmbeddedConnection } from './withEmbeddedConnection';

export interface EmbeddedLogSourceOptions {
  /** The clock relative time ranges resolve against on a first page. */
  now?: () => number;
  /** Close the DuckDB instance with the source (true for sources that opened it themselves). */
  ownsInstance?: boolean;
  /** What the store holds, for custody records: "demo workspace", a reopened bundle. */
  identity?: EmbeddedIdentity;
  /** Signs and checks the cursors handed out; by default with this process's key. */
  cursors?: CursorEnvelope;
}

export type EmbeddedIdentity = Omit<Extract<SourceIdentity, { kind: 'embedded' }>, 'kind'>;

/** The embedded LogSource: logs held in a local DuckDB database (demo workspace, reopened bundles). */
export class EmbeddedLogSource implements LogSource {
  readonly kind = 'embedded';
  private readonly now: () => number;
  private readonly cursors: CursorEnvelope;
  /** The work under way on the store, which close lets end before it closes the instance. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | null = null;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly options: EmbeddedLogSourceOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.cursors = options.cursors ?? new CursorEnvelope();
  }

  /** Opens a database file read-only, with no network or file access beyond it. */
  static async openFile(
    path: string,
    options: Omit<EmbeddedLogSourceOptions, 'ownsInstance'> = {},
  ): Promise<EmbeddedLogSource> {
    const instance = await openEmbeddedDatabase(path, { readOnly: true });
    return new EmbeddedLogSource(instance, { ...options, ownsInstance: true });
  }

  /** An in-memory store holding the given documents (tests, the differential check, small bundles). */
  static async fromDocuments(
    documents: Iterable<LogDocument> | AsyncIterable<LogDocument>,
    options: Omit<EmbeddedLogSourceOptions, 'ownsInstance'> = {},
  ): Promise<EmbeddedLogSource> {
    const instance = await openEmbeddedDatabase(':memory:');
    const connection = await instance.connect();
    try {
      await fillEmbeddedDatabase(connection, documents);
    } catch (error) {
      connection.closeSync();
      instance.closeSync();
      throw error;
    }
    connection.closeSync();
    return new EmbeddedLogSource(instance, { ...options, ownsInstance: true });
  }

  async search(query: LogQuery, options: SearchOptions = {}): Promise<LogPage> {
    const started = performance.now();
    const { ctx, binding, previous } = this.prepare(query, options);
    const compiled = compileToSql(query, ctx, previous, options.bulk);
    return this.withConnection(options.signal, (connection) =>
      readEmbeddedPage(connection, {
        query,
        compiled,
        provenance: Boolean(options.bulk),
        issueCursor: (position) => this.cursors.seal(position, binding),
        started,
      }),
    );
  }

  async facets(query: LogQuery, fields: readonly FacetField[], options: SearchOptions = {}): Promise<Facet[]> {
    const { ctx } = this.prepare(query, options);
    const statements = compileFacetsSql(query, fields, ctx);
    return this.withConnection(options.signal, (connection) =>
      facetsFrom(connection, query.family, fields, statements),
    );
  }

  distinctCount(query: LogQuery, field: FacetField, options: SearchOptions = {}): Promise<number> {
    const statement = compileDistinctCountSql(query, field, this.prepare(query, options).ctx);
    return this.withConnection(options.signal, async (connection) => {
      const [row] = (await connection.runAndReadAll(statement.sql, statement.params)).getRows();
      return Number(row?.[0] ?? 0);
    });
  }

  async histogram(query: LogQuery, options: SearchOptions = {}): Promise<Histogram> {
    const { ctx } = this.prepare(query, options);
    return this.withConnection(options.signal, (connection) => histogramFrom(connection, query, ctx));
  }

  async suggest(
    field: SuggestField,
    prefix: string,
    options: SearchOptions & { within?: OperationalQuery } = {},
  ): Promise<Suggestion[]> {
    const ctx: CompileContext = { nowMs: this.now(), scopeClientIds: options.scopeClientIds ?? null };
    const statement = compileSuggestSql(field, prefix, ctx, options.within);
    return this.withConnection(options.signal, async (connection) => {
      const rows = (await connection.runAndReadAll(statement.sql, statement.params)).getRows();
      return withoutSecretParties(
        rows.map(([id, name, count]) => ({
          id: String(id),
          name: name === null ? '' : String(name),
          count: Number(count),
        })),
      );
    });
  }

  /** Keyset cursors hold no server-side state; the cursor is still checked, as every other use of one is. */
  releaseCursor(family: LogFamily, cursor: string, options: Pick<SearchOptions, 'operatorId'> = {}): Promise<void> {
    this.cursors.openForRelease(cursor, EmbeddedCursor, {
      source: this.kind,
      family,
      operatorId: options.operatorId ?? null,
    });
    return Promise.resolve();
  }

  findClients(text: string, options: SearchOptions = {}): Promise<ClientMatch[]> {
    const scope = options.scopeClientIds ?? null;
    return this.withConnection(options.signal, async (connection) => {
      const candidates = await findClientCandidates(connection, text, scope);
      const ids = candidateIds(candidates);
      if (ids.length === 0) return [];
      return rankClientMatches(text, candidates, await findClientDetails(connection, ids, scope));
    });
  }

  clientNames(ids: readonly string[], options: SearchOptions = {}): Promise<ClientName[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.withConnection(options.signal, (connection) =>
      findClientNames(connection, ids, options.scopeClientIds ?? null),
    );
  }

  clientFacts(clientId: string, timeRange: TimeRange | undefined, options: SearchOptions = {}): Promise<ClientFacts> {
    return this.withConnection(options.signal, (connection) =>
      readClientFactsSql(connection, clientId, timeRange, this.now(), options.scopeClientIds ?? null),
    );
  }

  countEventNames(query: ActivityQuery, options: SearchOptions = {}): Promise<NameCounts> {
    const statement = compileEventNameCountsSql(query, this.prepare(query, options).ctx);
    return this.withConnection(options.signal, async (connection) =>
      limitNameCounts((await connection.runAndReadAll(statement.sql, statement.params)).getRows()),
    );
  }

  scanActivity(scan: ActivityScan, options: SearchOptions = {}): Promise<ScannedActivity[]> {
    const statement = compileActivityScanSql(scan, {
      nowMs: this.now(),
      scopeClientIds: options.scopeClientIds ?? null,
    });
    return this.withConnection(options.signal, async (connection) =>
      (await connection.runAndReadAll(statement.sql, statement.params)).getRows().map(readScannedRow),
    );
  }

  describe(): Promise<SourceIdentity> {
    const identity = this.options.identity ?? { label: 'embedded store', file: null, details: {} };
    return Promise.resolve({ kind: 'embedded', ...identity });
  }

  /**
   * Refuses new work at once and closes the instance once the work under way has ended: DuckDB frees a
   * closed instance under a connection still being opened on it, which crashes the process.
   */
  close(): Promise<void> {
    this.closing ??= Promise.allSettled(this.inFlight).then(() => {
      if (this.options.ownsInstance) this.instance.closeSync();
    });
    return this.closing;
  }

  /**
   * The compile context, what the query's cursors are bound to, and the position of the cursor it
   * carries (checked against that binding), whose clock its first page used.
   */
  private prepare(query: LogQuery, options: SearchOptions) {
    const scopeClientIds = options.scopeClientIds ?? null;
    const binding: CursorBinding = {
      source: this.kind,
      family: query.family,
      operatorId: options.operatorId ?? null,
      fingerprint: queryFingerprint(query, scopeClientIds),
    };
    const previous = query.cursor === undefined ? null : this.cursors.open(query.cursor, EmbeddedCursor, binding);
    const ctx: CompileContext = { nowMs: previous?.nowMs ?? this.now(), scopeClientIds };
    return { ctx, binding, previous };
  }

  /** Runs on a connection of its own (see withEmbeddedConnection), while the store is open; close waits for it. */
  private async withConnection<T>(
    signal: AbortSignal | undefined,
    work: (connection: DuckDBConnection) => Promise<T>,
  ): Promise<T> {
    if (this.closing) throw new ConsoleError('UNAVAILABLE', 'The embedded store is closed; reopen the workspace.');
    const running = withEmbeddedConnection(this.instance, signal, work);
    this.inFlight.add(running);
    const settled = () => this.inFlight.delete(running);
    running.then(settled, settled);
    return running;
  }
}
