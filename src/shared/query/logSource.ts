import { z } from 'zod';
import { OperationalLog } from '../domain/operationalLog';
import { ClientActivity } from '../domain/clientActivity';
import type { ClientMatch } from '../domain/clientDirectory';
import type { ActivityScan, ClientFacts, ClientName, NameCounts, ScannedActivity } from './clientQueries';
import type {
  ActivityFilters,
  ActivityQuery,
  LogFamily,
  LogQuery,
  OperationalFilters,
  OperationalQuery,
  TimeRange,
} from './logQuery';

/** How many matches a query has: both sources count exactly (`eq`); `gte` marks a lower bound. */
export const TotalHits = z.object({ value: z.number().int().nonnegative(), relation: z.enum(['eq', 'gte']) });
export type TotalHits = z.infer<typeof TotalHits>;

/** Shards that failed to answer: a page with any is partial and never shown as complete. */
export const PartialResult = z.object({ failedShards: z.number().int().positive(), reasons: z.array(z.string()) });
export type PartialResult = z.infer<typeof PartialResult>;

/**
 * Where one record was read: a cluster document (index, id, and the sequence number and primary term
 * that change with every write to it) or a row of the embedded store, which knows only its table and id.
 */
export const RecordProvenance = z.discriminatedUnion('store', [
  z.object({
    store: z.literal('elasticsearch'),
    index: z.string(),
    documentId: z.string(),
    seqNo: z.number().int().nullable(),
    primaryTerm: z.number().int().nullable(),
  }),
  z.object({ store: z.literal('embedded'), table: z.string(), documentId: z.string() }),
]);
export type RecordProvenance = z.infer<typeof RecordProvenance>;

const pageFields = {
  total: TotalHits,
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  partial: PartialResult.nullable(),
  /** Fields the source does not have (mapping mismatch); named so the operator can fix the mapping. */
  missingFields: z.array(z.string()),
  /** How many values were redacted in these rows, by rule name. */
  redactions: z.record(z.string(), z.number().int().nonnegative()),
  tookMs: z.number().nonnegative(),
  /** Where each row came from, in the order of `rows`; only when a bulk read asked for it. */
  provenance: z.array(RecordProvenance).optional(),
};

export const LogPage = z.discriminatedUnion('family', [
  z.object({ family: z.literal('operational'), rows: z.array(OperationalLog), ...pageFields }),
  z.object({ family: z.literal('activity'), rows: z.array(ClientActivity), ...pageFields }),
]);
export type LogPage = z.infer<typeof LogPage>;

/** What a source is, for a custody record: never a secret, only who and what was read. */
export const SourceIdentity = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('elasticsearch'),
    /** The address with any user or password taken out. */
    url: z.string(),
    clusterName: z.string().nullable(),
    clusterUuid: z.string().nullable(),
    version: z.string().nullable(),
    indexPatterns: z.object({ operational: z.string(), activity: z.string() }),
    /** As the cluster says it authenticated the connection: the user, and the API key's id (never the key). */
    authenticatedAs: z.object({
      username: z.string().nullable(),
      realm: z.string().nullable(),
      apiKeyId: z.string().nullable(),
      apiKeyName: z.string().nullable(),
    }),
  }),
  z.object({
    kind: z.literal('embedded'),
    /** "demo workspace", or what else the store holds (a reopened bundle). */
    label: z.string(),
    /** The database file's name (never the folders it sits in), or null for an in-memory store. */
    file: z.string().nullable(),
    /** What the store says about its contents (seed, build time, counts). */
    details: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
]);
export type SourceIdentity = z.infer<typeof SourceIdentity>;

/** The largest page a bulk read may ask for: the cluster's default result window. */
export const MAX_BULK_PAGE_SIZE = 10_000;

export const FacetBucket = z.object({ value: z.string(), count: z.number().int().nonnegative() });
export const Facet = z.object({
  field: z.string(),
  buckets: z.array(FacetBucket),
  /** Matches whose value is not among the buckets returned. */
  otherCount: z.number().int().nonnegative(),
});
export type Facet = z.infer<typeof Facet>;

export const HistogramBucket = z.object({
  start: z.iso.datetime({ offset: true }),
  count: z.number().int().nonnegative(),
});
export const Histogram = z.object({
  intervalMs: z.number().int().positive(),
  buckets: z.array(HistogramBucket),
});
export type Histogram = z.infer<typeof Histogram>;

export const Suggestion = z.object({ id: z.string(), name: z.string(), count: z.number().int().nonnegative() });
export type Suggestion = z.infer<typeof Suggestion>;

/** Fields that type-ahead suggests from: the parties of the operational family. */
export const SUGGEST_FIELDS = ['client', 'employee'] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];

/** The operational filter a suggested party is chosen into. */
export const SUGGEST_FILTER_KEYS: Readonly<Record<SuggestField, keyof OperationalFilters>> = {
  client: 'clientId',
  employee: 'employeeId',
};

/** A facet is named by the filter key it would set. */
export type FacetField = keyof OperationalFilters | keyof ActivityFilters;

/** How many values a facet lists, on either engine; matches with other values are summed in `otherCount`. */
export const FACET_SIZE = 50;
/** How many parties a type-ahead offers, on either engine. */
export const SUGGEST_SIZE = 10;
/**
 * Up to this many distinct values the cluster counts them exactly (a cardinality aggregation at its highest
 * precision, as far as the values' hashes differ); beyond it the cluster's count is an estimate.
 */
export const DISTINCT_COUNT_PRECISION = 40_000;

export interface SearchOptions {
  signal?: AbortSignal;
  /**
   * The operator the call is made for: the cursors a page hands out are bound to them (and to the
   * query), and a cursor bound to someone else is refused. Absent for callers with no operator.
   */
  operatorId?: string;
  /**
   * A scoped operator's clients: a filter on the client id that facets never remove, so nothing is
   * counted or suggested outside the scope. Absent for unscoped operators.
   */
  scopeClientIds?: readonly string[];
  /**
   * For readers that walk a whole result page after page (exports): pages of `pageSize` rows (at most
   * MAX_BULK_PAGE_SIZE) instead of the query's, an exact total on the first page however large, and
   * each row's provenance.
   */
  bulk?: { pageSize: number };
}

/**
 * Where logs are read from: the cluster in production, the embedded store for the demo workspace and
 * reopened bundles. Both must answer the same query with the same rows, order and counts.
 *
 * Semantics both engines share:
 * - filters: values OR within a field, fields AND together; a scoped operator's clients are a filter too;
 * - exclusions: a row whose field holds an excluded value is left out; rows without the field stay;
 * - text: split into words by textWords; every word must be a whole word of the fields the field table
 *   marks as text (description or error; message for activity), the last may be a word prefix;
 * - sort: the chosen field then `id`, both in the chosen direction; missing values last;
 * - totals are exact;
 * - skip: the page starts that many rows after the cursor (or the start), walked in sort order;
 * - facets are asked for by filter key (`action`, `businessModel`, `clientId`, `eventName`...: the keys of
 *   OperationalFilters / ActivityFilters); the facet for F counts matches with F's own filter and
 *   exclusion removed;
 * - suggestions count a party's logs among a query's matches with that party's own filter removed;
 * - histogram buckets are fixed UTC intervals aligned to the epoch.
 */
export interface LogSource {
  readonly kind: 'elasticsearch' | 'embedded';
  search(query: LogQuery, options?: SearchOptions): Promise<LogPage>;
  facets(query: LogQuery, fields: readonly FacetField[], options?: SearchOptions): Promise<Facet[]>;
  histogram(query: LogQuery, options?: SearchOptions): Promise<Histogram>;
  /**
   * How many distinct values a field (named by its facet key; not a category) holds among a query's
   * matches, every filter kept; matches without it add none. The embedded store counts exactly; the cluster
   * up to DISTINCT_COUNT_PRECISION values, and estimates beyond.
   */
  distinctCount(query: LogQuery, field: FacetField, options?: SearchOptions): Promise<number>;
  /**
   * Parties whose name, id or a word of whose name starts with `prefix` (ignoring case), most named
   * first, counted among `within`'s matches (with the party's own filter removed) or among all logs.
   */
  suggest(
    field: SuggestField,
    prefix: string,
    options?: SearchOptions & { within?: OperationalQuery },
  ): Promise<Suggestion[]>;
  /**
   * Release any server-side state (point-in-time) behind a cursor the grid no longer needs; a cursor
   * not issued by this source to this operator is refused.
   */
  releaseCursor(family: LogFamily, cursor: string, options?: Pick<SearchOptions, 'operatorId'>): Promise<void>;
  /**
   * Clients whose id, name (operational logs) or e-mail (activity metadata) holds the text, ignoring case,
   * ranked: whole id, id prefix, name or e-mail prefix, anywhere; then most logs first.
   */
  findClients(text: string, options?: SearchOptions): Promise<ClientMatch[]>;
  /**
   * The name the operational logs most often give each of these clients (null when none names them), in
   * the order asked; a risk or change view that lists client ids labels them with it.
   */
  clientNames(ids: readonly string[], options?: SearchOptions): Promise<ClientName[]>;
  /** One client's header facts for a time range: name, e-mail, spans, apps, actors and managers. */
  clientFacts(clientId: string, timeRange: TimeRange | undefined, options?: SearchOptions): Promise<ClientFacts>;
  /** How often each event name occurs among an activity query's matches. */
  countEventNames(query: ActivityQuery, options?: SearchOptions): Promise<NameCounts>;
  /** A client's activity in time order after a position, for session grouping (see ActivityScan). */
  scanActivity(scan: ActivityScan, options?: SearchOptions): Promise<ScannedActivity[]>;
  /** What this source is (cluster name and uuid, who it authenticated as; or which embedded store). */
  describe(signal?: AbortSignal): Promise<SourceIdentity>;
  close(): Promise<void>;
}
