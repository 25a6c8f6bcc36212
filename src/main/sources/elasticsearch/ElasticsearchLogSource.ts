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
import {
  LOG_FAMILIES,
  type ActivityQuery,
  type LogFamily,
  type LogQuery,
  type OperationalQuery,
  type TimeRange,
} from '../../../shared/query/logQuery';
import type {
  Facet,
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
import {
  chooseHistogramInterval,
  histogramSpan,
  overHistogramSpan,
  resolveTimeRange,
} from '../../../shared/query/timeRange';
import { CursorEnvelope, queryFingerprint, type CursorBinding } from '../cursorEnvelope';
import type { CompileContext } from './compileClauses';
import { PagingWords } from './PagingWords';
import { PrefixListings } from './PrefixListings';
import type { CompiledAggregations } from './compileFacets';
import { compileFacets, readFacets } from './compileFacets';
import { compileHistogram, compileMatchBounds, readHistogram, readMatchBounds } from './compileHistogram';
import { compileSuggest, readSuggestions } from './compileSuggest';
import { compileToElasticsearch } from './compileToElasticsearch';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { fetchLogPage, releasePointInTime } from './fetchLogPage';
import { PointInTimeRegistry } from './PointInTimeRegistry';
import { withoutSecretParties } from '../searchTerms';
import { LogCursor } from './logCursor';
import { assertComplete } from './readPartialResult';
import { rankClientMatches, candidateIds } from '../rankClientMatches';
import {
  compileActivityScan,
  compileEventNameCounts,
  readActivityScan,
  readEventNameCounts,
} from './compileActivityScan';
import { compileClientFacts, readClientFacts } from './compileClientFacts';
import {
  compileClientCandidates,
  compileClientDetails,
  readClientCandidates,
  readClientDetails,
} from './compileClientLookup';
import { FieldCapabilitiesCache } from './FieldCapabilitiesCache';
import { fieldCapsFields, readFieldCapabilities, type FieldCapabilities } from './readFieldCapabilities';

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

/** How long closing waits for the cluster to release the points-in-time still held. */
const PIT_RELEASE_GRACE_MS = 2_000;

/** The cluster as a LogSource: paged search over points-in-time, facets, histogram and type-ahead. */
export class ElasticsearchLogSource implements LogSource {
  readonly kind = 'elasticsearch';
  private readonly adapter: ElasticsearchAdapter;
  private readonly indexPatterns: Readonly<Record<LogFamily, string>>;
  private readonly mapping: FieldMapping;
  private readonly keepAliveMs: number;
  private readonly pits: PointInTimeRegistry;
  private readonly now: () => number;
  private readonly capabilities: FieldCapabilitiesCache;
  private readonly prefixListings: PrefixListings;
  private readonly pagingWords = new PagingWords();
  private readonly cursors: CursorEnvelope;

  constructor(options: ElasticsearchLogSourceOptions) {
    this.adapter = options.adapter;
    this.indexPatterns = options.indexPatterns;
    this.mapping = options.fieldMapping ?? DEFAULT_FIELD_MAPPING;
    this.keepAliveMs = options.pageKeepAliveMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
    this.capabilities = new FieldCapabilitiesCache(
      (family) => this.askCapabilities(family),
      options.mappingTtlMs ?? 60_000,
      this.now,
    );
    this.pits = new PointInTimeRegistry(this.keepAliveMs, this.now);
    this.cursors = options.cursors ?? new CursorEnvelope();
    this.prefixListings = new PrefixListings(this.adapter, this.indexPatterns);
  }

  async search(query: LogQuery, options: SearchOptions = {}): Promise<LogPage> {
    const { capabilities, ctx, binding, previous } = await this.prepare(query, options);
    let handle = previous?.handle;
    const read = (ctx: CompileContext) => {
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
            handle = position.handle;
            return this.cursors.seal(position, binding);
          },
          ...(options.signal ? { signal: options.signal } : {}),
        },
      );
    };
    // A later page asks what its first page asked, with the words listed then.
    let words = handle === undefined ? undefined : this.pagingWords.get(handle);
    const page = words
      ? await read({ ...ctx, prefixWords: words })
      : await this.withPrefixWords(
          query,
          capabilities,
          ctx,
          options,
          (ctx) => {
            words = ctx.prefixWords;
            return read(ctx);
          },
          // A first page set aside holds its own point-in-time for the pages after it.
          async (page) => {
            if (page.nextCursor) await this.releaseCursor(query.family, page.nextCursor, options);
          },
          // A later page moves its cursor's point-in-time on (and releases it at the end): it is never
          // sent early, so it is never set aside.
          previous === null,
        );
    if (handle !== undefined) {
      if (page.nextCursor && words) this.pagingWords.remember(handle, words);
      else this.pagingWords.forget(handle);
    }
    return page;
  }

  async facets(query: LogQuery, fields: readonly string[], options: SearchOptions = {}): Promise<Facet[]> {
    if (fields.length === 0) return [];
    const { capabilities, ctx } = await this.prepare(query, options);
    const aggregations = await this.withPrefixWords(query, capabilities, ctx, options, (ctx) =>
      this.aggregate(query.family, compileFacets(query, fields, ctx), options.signal),
    );
    return readFacets(fields, aggregations);
  }

  async histogram(query: LogQuery, options: SearchOptions = {}): Promise<Histogram> {
    const { capabilities, ctx } = await this.prepare(query, options);
    return this.withPrefixWords(query, capabilities, ctx, options, async (ctx) => {
      const range = resolveTimeRange(query.timeRange, ctx.nowMs);
      const matches =
        range.fromMs === undefined || range.toMs === undefined
          ? readMatchBounds(await this.aggregate(query.family, compileMatchBounds(query, ctx), options.signal))
          : null;
      const span = histogramSpan(range, matches);
      if (!span) return { intervalMs: chooseHistogramInterval(0, 0), buckets: [] };
      const intervalMs = chooseHistogramInterval(span.fromMs, span.toMs);
      const aggregations = await this.aggregate(
        query.family,
        compileHistogram(overHistogramSpan(query, span), ctx, span, intervalMs),
        options.signal,
      );
      return readHistogram(aggregations, intervalMs);
    });
  }

  async suggest(
    field: SuggestField,
    prefix: string,
    options: SearchOptions & { within?: OperationalQuery } = {},
  ): Promise<Suggestion[]> {
    const capabilities = await this.capabilities.of('operational');
    const ctx: CompileContext = {
      mapping: this.mapping,
      scopeClientIds: options.scopeClientIds ?? null,
      nowMs: this.now(),
      keywordFields: capabilities.keywordFields,
      wordFields: capabilities.wordFields,
    };
    const aggregations = await this.withPrefixWords(
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
  async textSearch(signal?: AbortSignal): Promise<Partial<Record<LogFamily, TextSearchPath>>> {
    const paths: Partial<Record<LogFamily, TextSearchPath>> = {};
    for (const family of LOG_FAMILIES) {
      if (signal?.aborted) break;
      try {
        paths[family] = (await this.capabilities.of(family)).textSearch;
      } catch {
        // No indices yet, or a mapping the console cannot read: the report says so elsewhere.
      }
    }
    return paths;
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
    this.pagingWords.forget(position.handle);
    const pit = this.pits.take(position.handle);
    if (pit) await releasePointInTime(this.adapter, pit);
  }

  async findClients(text: string, options: SearchOptions = {}): Promise<ClientMatch[]> {
    const ctx = await this.bothFamilies(options);
    const compiled = compileClientCandidates(text, ctx);
    const [parties, activityIds, emails] = await Promise.all([
      this.aggregate('operational', compiled.parties, options.signal),
      this.aggregate('activity', compiled.activityIds, options.signal),
      this.aggregate('activity', compiled.emails, options.signal),
    ]);
    const candidates = readClientCandidates({ parties, activityIds, emails });
    const ids = candidateIds(candidates);
    if (ids.length === 0) return [];
    const details = compileClientDetails(ids, ctx);
    const [operational, activity] = await Promise.all([
      this.aggregate('operational', details.operational, options.signal),
      this.aggregate('activity', details.activity, options.signal),
    ]);
    return rankClientMatches(text, candidates, readClientDetails(ids, operational, activity));
  }

  async clientNames(ids: readonly string[], options: SearchOptions = {}): Promise<ClientName[]> {
    if (ids.length === 0) return [];
    const ctx = await this.bothFamilies(options);
    const names = await this.aggregate('operational', compileClientDetails(ids, ctx).operational, options.signal);
    return readClientDetails(ids, names, undefined).map(({ id, name }) => ({ id, name }));
  }

  async clientFacts(
    clientId: string,
    timeRange: TimeRange | undefined,
    options: SearchOptions = {},
  ): Promise<ClientFacts> {
    const ctx = await this.bothFamilies(options);
    const compiled = compileClientFacts(clientId, timeRange, ctx);
    const [operational, activity] = await Promise.all([
      this.aggregate('operational', compiled.operational, options.signal),
      this.aggregate('activity', compiled.activity, options.signal),
    ]);
    return readClientFacts(operational, activity);
  }

  async countEventNames(query: ActivityQuery, options: SearchOptions = {}): Promise<NameCounts> {
    const { capabilities, ctx } = await this.prepare(query, options);
    const aggregations = await this.withPrefixWords(query, capabilities, ctx, options, (ctx) =>
      this.aggregate('activity', compileEventNameCounts(query, ctx), options.signal),
    );
    return readEventNameCounts(aggregations);
  }

  async scanActivity(scan: ActivityScan, options: SearchOptions = {}): Promise<ScannedActivity[]> {
    const ctx = await this.bothFamilies(options);
    const index = this.indexPatterns.activity;
    const response = await this.adapter.search({ index, ...compileActivityScan(scan, ctx) }, index, options.signal);
    assertComplete(response._shards);
    return readActivityScan(response.hits.hits, scan, ctx);
  }

  async describe(signal?: AbortSignal): Promise<SourceIdentity> {
    const identity = await this.adapter.identify(signal);
    const url = new URL(this.adapter.connection.url);
    url.username = '';
    url.password = '';
    return {
      kind: 'elasticsearch',
      url: url.origin + url.pathname.replace(/\/+$/, ''),
      clusterName: identity.clusterName,
      clusterUuid: identity.clusterUuid,
      version: identity.version,
      indexPatterns: { ...this.indexPatterns },
      authenticatedAs: {
        username: identity.username,
        realm: identity.realm,
        apiKeyId: identity.apiKeyId,
        apiKeyName: identity.apiKeyName,
      },
    };
  }

  /**
   * Releases the points-in-time still held, waiting at most `PIT_RELEASE_GRACE_MS` for a cluster that
   * does not answer (they expire there by themselves), then closes the connection.
   */
  async close(): Promise<void> {
    this.capabilities.close();
    this.prefixListings.clear();
    this.pagingWords.clear();
    const grace = AbortSignal.timeout(PIT_RELEASE_GRACE_MS);
    await Promise.all(this.pits.takeAll().map((pit) => releasePointInTime(this.adapter, pit, grace)));
    await this.adapter.close();
  }

  /**
   * What every request of a query needs: the mapping's capabilities, the compile context and what its
   * cursors are bound to. A cursor's clock wins, so facets and histogram of a paged query see its window.
   */
  private async prepare(query: LogQuery, options: SearchOptions) {
    const capabilities = await this.capabilities.of(query.family);
    const scopeClientIds = options.scopeClientIds ?? null;
    const binding: CursorBinding = {
      source: this.kind,
      family: query.family,
      operatorId: options.operatorId ?? null,
      fingerprint: queryFingerprint(query, scopeClientIds),
    };
    const previous = query.cursor ? this.cursors.open(query.cursor, LogCursor, binding) : null;
    const ctx: CompileContext = {
      mapping: this.mapping,
      scopeClientIds,
      nowMs: previous?.nowMs ?? this.now(),
      keywordFields: capabilities.keywordFields,
      wordFields: capabilities.wordFields,
    };
    return { capabilities, ctx, binding, previous };
  }

  /** `run` with the words the query's last-word prefix reaches in its context (see PrefixListings). */
  private withPrefixWords<T>(
    query: { family: LogFamily; text?: string | undefined },
    capabilities: FieldCapabilities,
    ctx: CompileContext,
    options: SearchOptions,
    run: (ctx: CompileContext) => Promise<T>,
    discard?: (answer: T) => Promise<void>,
    mayGuess = true,
  ): Promise<T> {
    const request = {
      mayGuess,
      family: query.family,
      text: query.text,
      capabilities,
      ctx,
      operatorId: options.operatorId ?? null,
      signal: options.signal,
    };
    return this.prefixListings.run(request, run, discard);
  }

  /** A compile context knowing the keyword sub-fields of both families, for requests that read both. */
  private async bothFamilies(options: SearchOptions): Promise<CompileContext> {
    const [operational, activity] = await Promise.all([
      this.capabilities.of('operational'),
      this.capabilities.of('activity'),
    ]);
    return {
      mapping: this.mapping,
      scopeClientIds: options.scopeClientIds ?? null,
      nowMs: this.now(),
      keywordFields: { ...operational.keywordFields, ...activity.keywordFields },
    };
  }

  private async aggregate(
    family: LogFamily,
    request: CompiledAggregations,
    signal: AbortSignal | undefined,
  ): Promise<Record<string, unknown> | undefined> {
    const response = await this.adapter.search(
      { index: this.indexPatterns[family], ...request },
      this.indexPatterns[family],
      signal,
    );
    assertComplete(response._shards);
    return response.aggregations;
  }

  /** The index mapping as it concerns us (see FieldCapabilitiesCache for how long it is trusted). */
  private async askCapabilities(family: LogFamily): Promise<FieldCapabilities> {
    const pattern = this.indexPatterns[family];
    const response = await this.adapter.fieldCaps(pattern, fieldCapsFields(family, this.mapping));
    return readFieldCapabilities(response, family, this.mapping, pattern);
  }
}
