import type { estypes } from '@elastic/elasticsearch';
import { clientSearchText } from '../../../shared/domain/clientDirectory';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily } from '../../../shared/query/logQuery';
import { CANDIDATE_LIMIT, type ClientCandidates, type ClientDetails } from '../../../shared/query/clientQueries';
import { exactField, type CompileContext, type QueryClause } from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

/** Terms ordered as the embedded store orders its groups: most first, then by value. */
const ORDER: estypes.AggregationsAggregateOrder = [{ _count: 'desc' }, { _key: 'asc' }];

/** A wildcard pattern matching the text anywhere, its own wildcards taken literally. */
const anywhere = (text: string) => `*${text.replace(/[\\*?]/g, (char) => `\\${char}`)}*`;

/** Lucene's regular-expression operators taken literally. */
const literal = (char: string) => (/[.?+*|{}[\]()"\\#@&<>~]/.test(char) ? `\\${char}` : char);

/**
 * A terms `include` pattern for values holding the text anywhere, ignoring case: include patterns have no
 * case-insensitive flag, so each letter becomes a class of both its cases.
 */
export function containsPattern(text: string): string {
  const chars = [...text].map((char) => {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower === upper || [...lower].length !== 1 || [...upper].length !== 1) return literal(char);
    return `[${literal(lower)}${literal(upper)}]`;
  });
  return `.*${chars.join('')}.*`;
}

function scope(ctx: CompileContext, family: LogFamily): QueryClause[] {
  if (!ctx.scopeClientIds) return [];
  return [{ terms: { [exactField(ctx, family, LOG_FIELDS[family].scope)]: [...ctx.scopeClientIds] } }];
}

function aggregation(query: QueryClause[], aggs: CompiledAggregations['aggs']): CompiledAggregations {
  return { size: 0, track_total_hits: false, query: { bool: { filter: query } }, aggs };
}

const terms = (field: string, size: number, extra: Partial<estypes.AggregationsTermsAggregation> = {}) => ({
  terms: { field, size, shard_size: Math.max(size * 10, 100), order: ORDER, ...extra },
});

export interface CompiledLookup {
  parties: CompiledAggregations;
  activityIds: CompiledAggregations;
  emails: CompiledAggregations;
}

/** The three searches of a lookup: parties by id or name, activity by client id, activity by e-mail. */
export function compileClientCandidates(text: string, ctx: CompileContext): CompiledLookup {
  const needle = clientSearchText(text);
  const partyId = exactField(ctx, 'operational', 'client.id');
  const partyName = exactField(ctx, 'operational', 'client.name');
  const clientId = exactField(ctx, 'activity', 'clientId');
  const email = exactField(ctx, 'activity', 'metadata.email');
  const wildcard = (field: string): QueryClause => ({
    wildcard: { [field]: { value: anywhere(needle), case_insensitive: true } },
  });
  return {
    parties: aggregation(
      [
        { exists: { field: partyId } },
        { bool: { should: [wildcard(partyName), wildcard(partyId)], minimum_should_match: 1 } },
        ...scope(ctx, 'operational'),
      ],
      { ids: { ...terms(partyId, CANDIDATE_LIMIT), aggs: { name: terms(partyName, 1) } } },
    ),
    activityIds: aggregation([wildcard(clientId), ...scope(ctx, 'activity')], {
      ids: terms(clientId, CANDIDATE_LIMIT),
    }),
    // Keyed fields of a flattened object take no wildcard query: the terms' include pattern does it.
    emails: aggregation([{ exists: { field: email } }, ...scope(ctx, 'activity')], {
      emails: {
        ...terms(email, CANDIDATE_LIMIT, { include: containsPattern(needle) }),
        aggs: { client: terms(clientId, 1) },
      },
    }),
  };
}

/** For the candidates: operational logs with their names, activity with their e-mails. */
export function compileClientDetails(
  ids: readonly string[],
  ctx: CompileContext,
): { operational: CompiledAggregations; activity: CompiledAggregations } {
  const partyId = exactField(ctx, 'operational', 'client.id');
  const clientId = exactField(ctx, 'activity', 'clientId');
  return {
    operational: aggregation([{ terms: { [partyId]: [...ids] } }, ...scope(ctx, 'operational')], {
      ids: { ...terms(partyId, ids.length), aggs: { name: terms(exactField(ctx, 'operational', 'client.name'), 1) } },
    }),
    activity: aggregation([{ terms: { [clientId]: [...ids] } }, ...scope(ctx, 'activity')], {
      ids: { ...terms(clientId, ids.length), aggs: { email: terms(exactField(ctx, 'activity', 'metadata.email'), 1) } },
    }),
  };
}

interface Bucket {
  key: string | number;
  doc_count: number;
  [sub: string]: unknown;
}

/** The buckets of a terms aggregation named `name`, empty when it is absent. */
export function bucketsOf(aggregations: Record<string, unknown> | undefined, name: string): Bucket[] {
  const aggregate = aggregations?.[name] as { buckets?: unknown } | undefined;
  return Array.isArray(aggregate?.buckets) ? (aggregate.buckets as Bucket[]) : [];
}

/** The top key of a one-bucket sub-aggregation, or null. */
export function topKey(bucket: Bucket, name: string): string | null {
  const [first] = bucketsOf(bucket, name);
  return first === undefined ? null : String(first.key);
}

export function readClientCandidates(answers: {
  parties: Record<string, unknown> | undefined;
  activityIds: Record<string, unknown> | undefined;
  emails: Record<string, unknown> | undefined;
}): ClientCandidates {
  return {
    parties: bucketsOf(answers.parties, 'ids').map((bucket) => ({
      id: String(bucket.key),
      name: topKey(bucket, 'name'),
      count: bucket.doc_count,
    })),
    activityIds: bucketsOf(answers.activityIds, 'ids').map((bucket) => ({
      id: String(bucket.key),
      count: bucket.doc_count,
    })),
    emails: bucketsOf(answers.emails, 'emails').flatMap((bucket) => {
      const id = topKey(bucket, 'client');
      return id === null ? [] : [{ id, email: String(bucket.key), count: bucket.doc_count }];
    }),
  };
}

export function readClientDetails(
  ids: readonly string[],
  operational: Record<string, unknown> | undefined,
  activity: Record<string, unknown> | undefined,
): ClientDetails[] {
  const names = new Map(bucketsOf(operational, 'ids').map((bucket) => [String(bucket.key), bucket]));
  const emails = new Map(bucketsOf(activity, 'ids').map((bucket) => [String(bucket.key), bucket]));
  return ids.map((id) => {
    const party = names.get(id);
    const client = emails.get(id);
    return {
      id,
      name: party ? topKey(party, 'name') : null,
      email: client ? topKey(client, 'email') : null,
      count: (party?.doc_count ?? 0) + (client?.doc_count ?? 0),
    };
  });
}
