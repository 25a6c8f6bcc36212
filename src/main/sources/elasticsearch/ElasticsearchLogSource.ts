import { DEFAULT_FIELD_MAPPING, type FieldMapping } from '../../../shared/domain/fieldMapping';
import type { TextSearchPath } from '../../../shared/contract/appInfo';
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
import { MAX_BULK_PAGE_SIZE } from '../../../shared/query/logSource';
import { ConsoleError } from '../../../shared/contract/errors';
import { CursorEnvelope } from '../cursorEnvelope';
import { withoutSecretParties } from '../searchTerms';
import { aggregateHistogram } from './aggregateHistogram';
import { aggregateOn, type Aggregate } from './aggregateOn';
import { ClientLookups } from './ClientLookups';
import type { CompileContext } from './compileClauses';
import {
  compileActivityScan,
  compileEventNameCounts,
  readActivityScan,
  readEventNameCounts,
} from './compileActivityScan';
import { compileDistinctCount, readDistinctCount } from './compileDistinctCount';
import { compileFacets, readFacets } from './compileFacets';
import { compileSuggest, readSuggestions } from './compileSuggest';
import { compileToElasticsearch } from './compileToElasticsearch';
import { describeCluster } from './describeCluster';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { fetchLogPage, releasePointInTime } from './fetchLogPage';
import { LogCursor } from './logCursor';
import { PointInTimeRegistry } from './PointInTimeRegistry';
import { QueryContexts } from './QueryContexts';
import { QueryPrefixWords } from './QueryPrefixWords';
import { assertComplete } from './readPartialResult';
import { releaseHeldPointsInTime } from './releaseHeldPointsInTime';

export interface ElasticsearchLogSourceOptions {
  adapter: ElasticsearchAdapter;
  indexPatterns: Readonly<Record<LogFamily, string>>;
  fieldMapping?: FieldMapping;
  /** How long a result set (point-in-time) stays open between two pages; default 5 minutes. */
  pageKeepAliveMs?: number;
  /** How long what we learned of the index mapping is trusted before asking again. */
  mappingTtlMs?: number;
  now?: () => number;
  /** Signs and checks the cursors handed out; by default with this process's key. */
  cursors?: CursorEnvelope;
}

function bulkPageSize(bulk: { pageSize: number }): number {
  if (!Number.isSafeInteger(bulk.pageSize) || bulk.pageSize < 1 || bulk.pageSize > MAX_BULK_PAGE_SIZE) {
    throw new ConsoleError('BAD_REQUEST', `A bulk read takes pages of 1 to ${MAX_BULK_PAGE_SIZE} rows.`);
  }
  return bulk.pageSize;
}

/** The cluster as a LogSource: paged search over points-in-time, facets, histogram and type-ahead. */
export class ElasticsearchLogSource implements LogSource {
  readonly kind = 'elasticsearch';
  private readonly adapter: ElasticsearchAdapter;
  private readonly indexPatterns: Readonly<Record<LogFamily, string>>;
  private readonly mapping: FieldMapping;
  private readonly keepAliveMs: number;
  private readonly pits: PointInTimeRegistry;
  private readonly cursors: CursorEnvelope;
  private readonly contexts: QueryContexts;
  private readonly prefixWords: QueryPrefixWords;
  private readonly aggregate: Aggregate;
  private readonly clients: ClientLookups;

  constructor(options: ElasticsearchLogSourceOptions) {
    this.adapter = options.adapter;
    this.indexPatterns = options.indexPatterns;
    this.mapping = options.fieldMapping ?? DEFAULT_FIELD_MAPPING;
    this.keepAliveMs = options.pageKeepAliveMs ?? 5 * 60_000;
    const now = options.now ?? Date.now;
    this.cursors = options.cursors ?? new CursorEnvelope();
    this.contexts = new QueryContexts({
      adapter: this.adapter,
      indexPatterns: this.indexPatterns,
      mapping: this.mapping,
      mappingTtlMs: options.mappingTtlMs ?? 60_000,
      now,
      cursors: this.cursors,
    });
    this.pits = new PointInTimeRegistry(this.keepAliveMs, now);
    this.prefixWords = new QueryPrefixWords(this.adapter, this.indexPatterns);
    this.aggregate = aggregateOn(this.adapter, this.indexPatterns);
    this.clients = new ClientLookups(this.aggregate);
  }

  async search(query: LogQuery, options: SearchOptions = {}): Promise<LogPage> {
    const prepared = await this.contexts.forQuery(query, options);
    const { capabilities, binding, previous } = prepared;
    const read = (ctx: CompileContext, issued: (handle: string) => void) => {
      const compiled = compileToElasticsearch(query, ctx);
      return fetchLogPage(
        { adapter: this.adapter, pits: this.pits },
        {
          query,
          // A bulk read walks the whole result in big pages; every first page counts every match.
          compiled: options.bulk ? { ...compiled, size: bulkPageSize(options.bulk) } : compiled,
          provenance: options.bulk !== undefined,
          indexPattern: this.indexPatterns[query.family],
          keepAliveMs: this.keepAliveMs,
          mapping: this.mapping,
          missingFields: capabilities.missingFields,
          nowMs: ctx.nowMs,
          previous,
          issueCursor: (position) => {
            issued(position.handle);
            return this.cursors.seal(position, binding);
          },
          ...(options.signal ? { signal: options.signal } : {}),
        },
      );
    };
    // A first page set aside holds its own point-in-time for the pages after it.
    return this.prefixWords.page(query, prepared, options, read, async (page) => {
      if (page.nextCursor) await this.releaseCursor(query.family, page.nextCursor, options);
    });
  }

  async facets(query: LogQuery, fields: readonly string[], options: SearchOptions = {}): Promise<Facet[]> {
    if (fields.length === 0) return [];
    const { capabilities, ctx } = await this.contexts.forQuery(query, options);
    const aggregations = await this.prefixWords.run(query, capabilities, ctx, options, (ctx) =>
      this.aggregate(query.family, compileFacets(query, fields, ctx), options.signal),
    );
    return readFacets(fields, aggregations);
  }

  async distinctCount(query: LogQuery, field: FacetField, options: SearchOptions = {}): Promise<number> {
    const { capabilities, ctx } = await this.contexts.forQuery(query, options);
    const aggregations = await this.prefixWords.run(query, capabilities, ctx, options, (ctx) =>
      this.aggregate(query.family, compileDistinctCount(query, field, ctx), options.signal),
    );
    return readDistinctCount(aggregations);
  }

  async histogram(query: LogQuery, options: SearchOptions = {}): Promise<Histogram> {
    const { capabilities, ctx } = await this.contexts.forQuery(query, options);
    return this.prefixWords.run(query, capabilities, ctx, options, (ctx) =>
      aggregateHistogram(this.aggregate, query, ctx, options.signal),
    );
  }

  async suggest(
    field: SuggestField,
    prefix: string,
    options: SearchOptions & { within?: OperationalQuery } = {},
  ): Promise<Suggestion[]> {
    const { capabilities, ctx } = await this.contexts.forOperational(options);
    const aggregations = await this.prefixWords.run(
      { family: 'operational', text: options.within?.text },
      capabilities,
      ctx,
      options,
      (ctx) => this.aggregate('operational', compileSuggest(field, prefix, ctx, options.within), options.signal),
    );
    return withoutSecretParties(readSuggestions(aggregations));
  }

  /**
   * How free text is matched on each family's indices (word sub-field or text field), for the connection
   * report; a family whose indices cannot be read is left out.
   */
  textSearch(signal?: AbortSignal): Promise<Partial<Record<LogFamily, TextSearchPath>>> {
    return this.contexts.textSearch(signal);
  }

  async releaseCursor(
    family: LogFamily,
    cursor: string,
    options: Pick<SearchOptions, 'operatorId'> = {},
  ): Promise<void> {
    const position = this.cursors.openForRelease(cursor, LogCursor, {
      source: this.kind,
      family,
      operatorId: options.operatorId ?? null,
    });
    this.prefixWords.forget(position.handle);
    const pit = this.pits.take(position.handle);
    if (pit) await releasePointInTime(this.adapter, pit);
  }

  async findClients(text: string, options: SearchOptions = {}): Promise<ClientMatch[]> {
    return this.clients.find(text, await this.contexts.forBothFamilies(options), options.signal);
  }

  async clientNames(ids: readonly string[], options: SearchOptions = {}): Promise<ClientName[]> {
    if (ids.length === 0) return [];
    return this.clients.names(ids, await this.contexts.forBothFamilies(options), options.signal);
  }

  async clientFacts(
    clientId: string,
    timeRange: TimeRange | undefined,
    options: SearchOptions = {},
  ): Promise<ClientFacts> {
    return this.clients.facts(clientId, timeRange, await this.contexts.forBothFamilies(options), options.signal);
  }

  async countEventNames(query: ActivityQuery, options: SearchOptions = {}): Promise<NameCounts> {
    const { capabilities, ctx } = await this.contexts.forQuery(query, options);
    const aggregations = await this.prefixWords.run(query, capabilities, ctx, options, (ctx) =>
      this.aggregate('activity', compileEventNameCounts(query, ctx), options.signal),
    );
    return readEventNameCounts(aggregations);
  }

  async scanActivity(scan: ActivityScan, options: SearchOptions = {}): Promise<ScannedActivity[]> {
    const ctx = await this.contexts.forBothFamilies(options);
    const index = this.indexPatterns.activity;
    const response = await this.adapter.search({ index, ...compileActivityScan(scan, ctx) }, index, options.signal);
    assertComplete(response._shards);
    return readActivityScan(response.hits.hits, scan, ctx);
  }

  describe(signal?: AbortSignal): Promise<SourceIdentity> {
    return describeCluster(this.adapter, this.indexPatterns, signal);
  }

  /** Releases the points-in-time still held (see releaseHeldPointsInTime), then closes the connection. */
  async close(): Promise<void> {
    this.contexts.close();
    this.prefixWords.clear();
    await releaseHeldPointsInTime(this.adapter, this.pits);
    await this.adapter.close();
  }
}
