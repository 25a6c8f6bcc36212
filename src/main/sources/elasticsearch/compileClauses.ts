import type { estypes } from '@elastic/elasticsearch';
import { clusterField, type FieldMapping } from '../../../shared/domain/fieldMapping';
import { filterTarget, LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../shared/query/logQuery';
import type { FacetField } from '../../../shared/query/logSource';
import { textWords } from '../../../shared/query/textWords';
import { resolveTimeRange } from '../../../shared/query/timeRange';

export type QueryClause = estypes.QueryDslQueryContainer;

export interface CompileContext {
  mapping: FieldMapping;
  /** A scoped operator's clients; null when the operator sees every client. */
  scopeClientIds: readonly string[] | null;
  /** The instant relative time ranges are resolved against; fixed for every page of one query. */
  nowMs: number;
  /** Cluster text fields and the keyword sub-field that sorts, filters and aggregates them (from _field_caps). */
  keywordFields?: Readonly<Record<string, string>>;
}

/** The cluster field holding our field's exact value: its keyword sub-field when the field is analyzed text. */
export function exactField(ctx: CompileContext, family: LogFamily, field: string): string {
  const name = clusterField(ctx.mapping, family, field);
  return ctx.keywordFields?.[name] ?? name;
}

/** The clauses every request of a query shares and no facet removes: scope, time range, free text. */
export function compileBaseClauses(query: LogQuery, ctx: CompileContext): QueryClause[] {
  const clauses: QueryClause[] = [];
  if (ctx.scopeClientIds) {
    clauses.push({
      terms: { [exactField(ctx, query.family, LOG_FIELDS[query.family].scope)]: [...ctx.scopeClientIds] },
    });
  }
  const range = resolveTimeRange(query.timeRange, ctx.nowMs);
  if (range.fromMs !== undefined || range.toMs !== undefined) {
    const bounds: estypes.QueryDslDateRangeQuery = { format: 'strict_date_optional_time' };
    if (range.fromMs !== undefined) bounds.gte = new Date(range.fromMs).toISOString();
    if (range.toMs !== undefined) bounds.lte = new Date(range.toMs).toISOString();
    clauses.push({ range: { [clusterField(ctx.mapping, query.family, LOG_FIELDS[query.family].time)]: bounds } });
  }
  clauses.push(...compileTextClauses(query.family, query.text, ctx));
  return clauses;
}

/**
 * Characters the standard tokenizer keeps inside a token although they are not letters or digits
 * (UAX #29 MidLetter, MidNum, MidNumLet, ExtendNumLet, and invisible Format characters): it indexes
 * `e_timeout`, `api.huntli.com`, `client's` and `3.5` as one term each, where our words are split.
 */
const JOINERS =
  "_.,:;'\u2018\u2019\u00b7\u2024\u2027\ufe52\uff07\uff0e\uff3f\uff0c\uff1b\uff1a\u203f\u2040\u2054\ufe33\ufe34" +
  '\ufe4d\ufe4e\ufe4f\u05f4\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe13\ufe14\ufe50\ufe54\ufe55\u00ad\u200c\u200d';
const JOINER_CLASS = `[${[...JOINERS].map((char) => `\\${char}`).join('')}]`;

/**
 * Every word must occur in one of the searched fields; the last one may be the start of a word. A word
 * is matched as an indexed term or as a joiner-bounded piece of one (see JOINERS), so the cluster finds
 * exactly the words the embedded store splits out of the same text.
 */
export function compileTextClauses(family: LogFamily, text: string | undefined, ctx: CompileContext): QueryClause[] {
  const fields = LOG_FIELDS[family].text.map((field) => clusterField(ctx.mapping, family, field));
  const terms = textWords(text);
  return terms.map((term, index) => {
    const value = wordPattern(term, index === terms.length - 1);
    const options: QueryClause[] = fields.map((field) => ({ regexp: { [field]: { value, flags: 'NONE' } } }));
    const [only] = options;
    return options.length === 1 && only ? only : { bool: { should: options, minimum_should_match: 1 } };
  });
}

/** A Lucene regular expression for an indexed term containing `word` between joiners (or its ends). */
export function wordPattern(word: string, asPrefix: boolean): string {
  return `(.*${JOINER_CLASS})?${escapeRegexp(word)}${asPrefix ? '.*' : `(${JOINER_CLASS}.*)?`}`;
}

/** Lucene's operators taken literally, so a word may hold any character textWords lets into one. */
function escapeRegexp(word: string): string {
  return word.replace(/[.?+*|{}[\]()"\\#@&<>~]/g, (char) => `\\${char}`);
}

/** One clause per filter the query sets, keyed by filter name so a facet can leave its own out. */
export function compileFieldFilters(query: LogQuery, ctx: CompileContext): Map<FacetField, QueryClause> {
  return termsClauses(query.family, query.filters, ctx);
}

/**
 * One clause per filter whose values the query excludes, keyed like the filters: a row holding an
 * excluded value is left out; a row without the field stays (as `must_not` keeps it).
 */
export function compileExclusions(query: LogQuery, ctx: CompileContext): Map<FacetField, QueryClause> {
  const clauses = new Map<FacetField, QueryClause>();
  for (const [key, clause] of termsClauses(query.family, query.exclude ?? {}, ctx)) {
    clauses.set(key, { bool: { must_not: [clause] } });
  }
  return clauses;
}

function termsClauses(
  family: LogFamily,
  filters: Readonly<Record<string, readonly string[] | undefined>>,
  ctx: CompileContext,
): Map<FacetField, QueryClause> {
  const clauses = new Map<FacetField, QueryClause>();
  for (const [key, values] of Object.entries(filters)) {
    const ref = LOG_FIELDS[family].filters.get(key);
    if (!values || values.length === 0 || !ref) continue;
    const target = filterTarget(family, ref, values);
    clauses.set(key as FacetField, { terms: { [exactField(ctx, family, target.field)]: target.values } });
  }
  return clauses;
}

export function allFilterClauses(query: LogQuery, ctx: CompileContext): QueryClause[] {
  return [
    ...compileBaseClauses(query, ctx),
    ...compileFieldFilters(query, ctx).values(),
    ...compileExclusions(query, ctx).values(),
  ];
}
