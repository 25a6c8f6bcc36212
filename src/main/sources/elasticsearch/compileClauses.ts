import type { estypes } from '@elastic/elasticsearch';
import { clusterField, type FieldMapping } from '../../../shared/domain/fieldMapping';
import { filterTarget, LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../shared/query/logQuery';
import type { FacetField } from '../../../shared/query/logSource';
import { resolveTimeRange } from '../../../shared/query/timeRange';
import { hasDigit, PREFIX_WORD_MAX_LENGTH, searchTerms, type SearchTerm } from '../searchTerms';
import { readPathValue } from '../../../shared/query/pathValue';
import { PROFILE_EDIT_EVENTS } from '../../redaction/profileEdits';
import { refuseOracleFilters } from '../refuseOracleFilters';
import { withProfileEditText } from './compileProfileText';
import { PLAIN_ASCII_CLASS, PLAIN_ASCII_WORDS, type PrefixWords } from './expandPrefix';

export type QueryClause = estypes.QueryDslQueryContainer;

export interface CompileContext {
  mapping: FieldMapping;
  /** A scoped operator's clients; null when the operator sees every client. */
  scopeClientIds: readonly string[] | null;
  /** The instant relative time ranges are resolved against; fixed for every page of one query. */
  nowMs: number;
  /** Cluster text fields and the keyword sub-field that sorts, filters and aggregates them (from _field_caps). */
  keywordFields?: Readonly<Record<string, string>>;
  /** Cluster text fields and the word sub-field free text is matched on, when every index has one. */
  wordFields?: Readonly<Record<string, string>>;
  /** How the search's last-word prefix is sent on the word sub-fields (see expandPrefix, PrefixListings). */
  prefixWords?: PrefixWords;
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
 * Every term of the search (see searchTerms) must hold in one of the text fields: a word as an indexed
 * term, the last word as the start of a digit-free word of at most PREFIX_WORD_MAX_LENGTH characters,
 * a phrase as its words next to each other; an excluded term must hold in none. A client's profile edit
 * is matched on what it shows, never on its logged message (see withProfileEditText). Terms are matched on
 * each field's word sub-field (standard analyzer) when every index has one, else on the field itself.
 * The prefix is sent as the list of words it reaches when the context has it (term speed), else as
 * the bounded regexp that matches exactly those words.
 */
export function compileTextClauses(family: LogFamily, text: string | undefined, ctx: CompileContext): QueryClause[] {
  const fields = textMatchFields(family, ctx);
  return searchTerms(text).map((term) => {
    const options = fields.map((field) => termClause(field, term, ctx));
    const [only] = options;
    const matched: QueryClause =
      options.length === 1 && only ? only : { bool: { should: options, minimum_should_match: 1 } };
    const clause =
      family === 'activity'
        ? withProfileEditText(matched, term, ctx.mapping, exactField(ctx, 'activity', 'eventName'))
        : matched;
    return term.excluded ? { bool: { must_not: [clause] } } : clause;
  });
}

/** The cluster fields free text is matched on: each text field's word sub-field, or the field itself. */
export function textMatchFields(family: LogFamily, ctx: Pick<CompileContext, 'mapping' | 'wordFields'>): string[] {
  return LOG_FIELDS[family].text.map((field) => {
    const name = clusterField(ctx.mapping, family, field);
    return ctx.wordFields?.[name] ?? name;
  });
}

function termClause(field: string, term: SearchTerm, ctx: CompileContext): QueryClause {
  const [first, ...rest] = term.words;
  if (first && rest.length === 0) {
    if (!first.prefix) return { term: { [field]: first.text } };
    const sent = ctx.prefixWords?.prefix === first.text ? ctx.prefixWords.words : undefined;
    if (sent === PLAIN_ASCII_WORDS) {
      return { regexp: { [field]: { value: plainAsciiPrefixPattern(first.text), flags: 'NONE' } } };
    }
    const reached = sent?.[field];
    if (reached) return { terms: { [field]: [...reached] } };
    return { regexp: { [field]: { value: boundedPrefixPattern(first.text), flags: 'NONE' } } };
  }
  return {
    span_near: {
      clauses: term.words.map((word) => ({ span_term: { [field]: word.text } })),
      slop: 0,
      in_order: true,
    },
  };
}

/** A Lucene regular expression for the digit-free words of at most PREFIX_WORD_MAX_LENGTH starting with `word`. */
export function boundedPrefixPattern(word: string): string {
  return prefixPattern(word, nonDigitClass());
}

/**
 * The words of at most PREFIX_WORD_MAX_LENGTH starting with `word` that add only printable ASCII without
 * digits: a few of the words boundedPrefixPattern reaches, at about the cost of a plain prefix (the
 * class has two ranges where the exact one has a hole for every Unicode digit).
 */
export function plainAsciiPrefixPattern(word: string): string {
  return prefixPattern(word, PLAIN_ASCII_CLASS);
}

/** `word`, then up to as many characters of `characterClass` as keep the whole within PREFIX_WORD_MAX_LENGTH. */
function prefixPattern(word: string, characterClass: string): string {
  const room = PREFIX_WORD_MAX_LENGTH - [...word].length;
  return `${escapeRegexp(word)}${characterClass}{0,${Math.max(room, 0)}}`;
}

let nonDigit: string | undefined;

/** `[^...]` of every code point searchTerms counts as a digit (\p{N}), read off this runtime's Unicode data once. */
function nonDigitClass(): string {
  if (nonDigit !== undefined) return nonDigit;
  const ranges: string[] = [];
  let start = -1;
  for (let codePoint = 0; codePoint <= 0x110000; codePoint++) {
    const digit =
      codePoint < 0x110000 &&
      !(codePoint >= 0xd800 && codePoint <= 0xdfff) &&
      hasDigit(String.fromCodePoint(codePoint));
    if (digit && start < 0) start = codePoint;
    if (!digit && start >= 0) {
      const end = codePoint - 1;
      ranges.push(
        start === end ? String.fromCodePoint(start) : `${String.fromCodePoint(start)}-${String.fromCodePoint(end)}`,
      );
      start = -1;
    }
  }
  nonDigit = `[^${ranges.join('')}]`;
  return nonDigit;
}

/** Lucene's operators taken literally, so a word may hold any character a word can hold. */
function escapeRegexp(word: string): string {
  return word.replace(/[.?+*|{}[\]()"\\#@&<>~^-]/g, (char) => `\\${char}`);
}

/** One clause per filter the query sets, keyed by filter name so a facet can leave its own out. */
export function compileFieldFilters(query: LogQuery, ctx: CompileContext): Map<FacetField, QueryClause> {
  refuseOracleFilters(query);
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
    clauses.set(key as FacetField, matchAny(ctx, family, target.field, target.values));
  }
  return clauses;
}

/**
 * Documents whose field holds any of the values: a terms query (any item, for a list), or for an
 * object's leaves a keyed term query on the flattened field per `path=value` (one terms query per path),
 * never on a client profile edit.
 */
export function matchAny(
  ctx: CompileContext,
  family: LogFamily,
  field: string,
  values: readonly string[],
): QueryClause {
  if (LOG_FIELDS[family].table[field]?.kind !== 'leaves')
    return { terms: { [exactField(ctx, family, field)]: [...values] } };
  const byPath = new Map<string, string[]>();
  for (const value of values) {
    const pair = readPathValue(value);
    if (pair) byPath.set(pair.path, [...(byPath.get(pair.path) ?? []), pair.value]);
  }
  const root = clusterField(ctx.mapping, family, field);
  const should: QueryClause[] = [...byPath].map(([path, leaves]) => ({ terms: { [`${root}.${path}`]: leaves } }));
  // A profile edit's values are never shown, so no value filter may match one (see profileEdits).
  const mustNot: QueryClause[] = [{ terms: { [exactField(ctx, family, 'eventName')]: [...PROFILE_EDIT_EVENTS] } }];
  return { bool: { should, minimum_should_match: 1, must_not: mustNot } };
}

export function allFilterClauses(query: LogQuery, ctx: CompileContext): QueryClause[] {
  return [
    ...compileBaseClauses(query, ctx),
    ...compileFieldFilters(query, ctx).values(),
    ...compileExclusions(query, ctx).values(),
  ];
}
