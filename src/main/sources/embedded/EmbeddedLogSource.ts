import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { ConsoleError } from '../../../shared/contract/errors';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { ClientMatch } from '../../../shared/domain/clientDirectory';
import type {
  ActivityScan,
  ClientFacts,
  ClientName,
  NameCounts,
  ScannedActivity,
} from '../../../shared/query/clientQueries';
import type { ActivityQuery, LogFamily, LogQuery, OperationalQuery, TimeRange } from '../../../shared/query/logQuery';
import {
  FACET_SIZE,
  type Facet,
  type FacetField,
  type Histogram,
  type LogPage,
  type LogSource,
  type SearchOptions,
  type SourceIdentity,
  type Suggestion,
  type SuggestField,
  type TotalHits,
} from '../../../shared/query/logSource';
import { CursorEnvelope, queryFingerprint, type CursorBinding } from '../cursorEnvelope';
import { candidateIds, rankClientMatches } from '../rankClientMatches';
import {
  compileActivityScanSql,
  compileEventNameCountsSql,
  limitNameCounts,
  readScannedRow,
} from './compileActivityScanSql';
import { readClientFactsSql } from './compileClientFactsSql';
import { findClientCandidates, findClientDetails, findClientNames } from './compileClientLookupSql';
import { compileFacetsSql } from './compileFacetsSql';
import { compileToSql, type SqlStatement } from './compileToSql';
import type { CompileContext } from './compileWhere';
import { compileSuggestSql } from './compileSuggestSql';
import { withoutSecretParties } from '../searchTerms';
import { EmbeddedCursor } from './embeddedCursor';
import { activityRowFrom, operationalRowFrom } from './embeddedRows';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import { fillEmbeddedDatabase } from './fillEmbeddedDatabase';
import { histogramFrom } from './histogramFrom';
import type { LogDocument } from './loadDocuments';
import { openEmbeddedDatabase } from './openEmbeddedDatabase';

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
  private closed = false;

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
    return this.withConnection(options.signal, async (connection) => {
      const rows = (await connection.runAndReadAll(compiled.page.sql, compiled.page.params)).getRows();
      // A first page that holds every match counts them itself; only a longer result is counted apart.
      const whole = compiled.count !== null && !query.skip && rows.length <= compiled.pageSize;
      const total: TotalHits = whole
        ? { value: rows.length, relation: 'eq' }
        : (compiled.carriedTotal ?? (await countMatches(connection, compiled.count)));
      const pageRows = rows.slice(0, compiled.pageSize);
      const last = pageRows.at(-1);
      const nextCursor =
        rows.length > compiled.pageSize && last
          ? this.cursors.seal(
              {
                value: cursorValue(last.at(-1) ?? null),
                id: String(last[0]),
                nowMs: compiled.nowMs,
                total,
              } satisfies EmbeddedCursor,
              binding,
            )
          : null;
      const page = {
        total,
        nextCursor,
        partial: null,
        missingFields: [],
        redactions: {},
        tookMs: 0,
      };
      const table = EMBEDDED_SCHEMA.tables[query.family];
      const provenance = options.bulk
        ? {
            provenance: pageRows.map((row) => ({ store: 'embedded' as const, table, documentId: String(row[0]) })),
          }
        : {};
      const tookMs = performance.now() - started;
      return query.family === 'operational'
        ? { family: 'operational', rows: pageRows.map(operationalRowFrom), ...page, ...provenance, tookMs }
        : { family: 'activity', rows: pageRows.map(activityRowFrom), ...page, ...provenance, tookMs };
    });
  }

  async facets(query: LogQuery, fields: readonly FacetField[], options: SearchOptions = {}): Promise<Facet[]> {
    const { ctx } = this.prepare(query, options);
    const statements = compileFacetsSql(query, fields, ctx);
    return this.withConnection(options.signal, async (connection) => {
      const rows = new Map<string, DuckDBValue[][]>();
      for (const statement of statements) {
        for (const row of (await connection.runAndReadAll(statement.sql, statement.params)).getRows()) {
          const field = statement.fields[Number(row[0])] ?? '';
          const list = rows.get(field) ?? [];
          list.push(row);
          rows.set(field, list);
        }
      }
      return fields.map((field) => facetFrom(query.family, field, rows.get(field) ?? []));
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

  close(): Promise<void> {
    if (!this.closed && this.options.ownsInstance) this.instance.closeSync();
    this.closed = true;
    return Promise.resolve();
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

  /** Runs on a connection of its own, so an abort interrupts exactly this request. */
  private async withConnection<T>(
    signal: AbortSignal | undefined,
    work: (connection: DuckDBConnection) => Promise<T>,
  ): Promise<T> {
    if (this.closed) throw new ConsoleError('UNAVAILABLE', 'The embedded store is closed; reopen the workspace.');
    if (signal?.aborted) throw cancelled();
    const connection = await this.instance.connect();
    const interrupt = () => connection.interrupt();
    signal?.addEventListener('abort', interrupt, { once: true });
    try {
      return await work(connection);
    } catch (error) {
      if (error instanceof ConsoleError) throw error;
      if (signal?.aborted) throw cancelled();
      if (/Corrupt database file|does not match stored checksum|Could not read enough bytes/.test(firstLine(error))) {
        throw new ConsoleError(
          'CORRUPT',
          'The embedded store file is damaged; for the demo workspace, Reset recreates it.',
        );
      }
      throw new ConsoleError('INTERNAL', `The embedded store could not answer: ${firstLine(error)}`);
    } finally {
      signal?.removeEventListener('abort', interrupt);
      connection.closeSync();
    }
  }
}

async function countMatches(connection: DuckDBConnection, statement: SqlStatement | null): Promise<TotalHits> {
  if (!statement) return { value: 0, relation: 'eq' };
  const [row] = (await connection.runAndReadAll(statement.sql, statement.params)).getRows();
  return { value: Number(row?.[0] ?? 0), relation: 'eq' };
}

/**
 * A facet from its rows (ordered by count, then value): the top FACET_SIZE values, and every other
 * present value summed as other. Missing values count nowhere, as in a terms aggregation, except for a
 * derived filter (category), where values in no group count as other, as the cluster's
 * `other_bucket` does.
 */
function facetFrom(family: LogFamily, field: string, rows: readonly DuckDBValue[][]): Facet {
  const derived = LOG_FIELDS[family].filters.get(field)?.field.expandsTo !== undefined;
  const buckets: Facet['buckets'] = [];
  let otherCount = 0;
  for (const [, value, count] of rows) {
    const n = Number(count);
    if (value === null || value === undefined) {
      if (derived) otherCount += n;
    } else if (buckets.length < FACET_SIZE) {
      buckets.push({ value: String(value), count: n });
    } else {
      otherCount += n;
    }
  }
  return { field, buckets, otherCount };
}

function cursorValue(value: DuckDBValue): number | string | null {
  if (value === null) return null;
  return typeof value === 'bigint' || typeof value === 'number' ? Number(value) : String(value);
}

function cancelled(): ConsoleError {
  return new ConsoleError('CANCELLED', 'The query was cancelled.');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
