import { filterTarget, LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../shared/query/logQuery';
import { readPathValue } from '../../../shared/query/pathValue';
import { resolveTimeRange } from '../../../shared/query/timeRange';
import { PROFILE_EDIT_EVENTS } from '../../redaction/profileEdits';
import { refuseOracleFilters } from '../refuseOracleFilters';
import { columnOf, scopeColumn, timeColumn } from './embeddedColumns';
import { searchTerms, type SearchTerm } from '../searchTerms';
import { PREFIX_INDEX_COLUMN, PROFILE_NAMES_COLUMN, WORD_INDEX_COLUMN } from './embeddedSchema';
import { profileTermMatch } from '../profileEditText';
import { leafEntry } from './flattenedLeaves';
import type { SqlParams } from './SqlParams';

export interface CompileContext {
  /** The clock relative time ranges resolve against (a cursor's own clock wins on later pages). */
  nowMs: number;
  /** A scoped operator's clients; absent or null when the operator sees every client. */
  scopeClientIds?: readonly string[] | null;
}

export interface WhereOptions {
  /**
   * A filter key whose values are left out, its exclusion kept: a facet on F counts matches with F's own filter
   * removed, and each option then counts the rows the grid shows once it is ticked.
   */
  omitFilter?: string;
}

/**
 * The WHERE condition for a query: filter values OR within a field, fields AND together (a derived
 * filter compares its target field with the values its groups stand for), excluded values left out, the
 * scope as one more filter
 * on the client, the time range resolved at `nowMs`, and every text word present.
 */
export function compileWhere(
  query: LogQuery,
  ctx: CompileContext,
  params: SqlParams,
  options: WhereOptions = {},
): string {
  refuseOracleFilters(query);
  const conditions: string[] = [];
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  for (const key of Object.keys(filters).sort()) {
    const values = filters[key];
    const ref = LOG_FIELDS[query.family].filters.get(key);
    if (!values || !ref || key === options.omitFilter) continue;
    const target = filterTarget(query.family, ref, values);
    conditions.push(matchAny(query.family, target.field, target.values, params));
  }
  const exclude: Readonly<Record<string, readonly string[] | undefined>> = query.exclude ?? {};
  for (const key of Object.keys(exclude).sort()) {
    const values = exclude[key];
    const ref = LOG_FIELDS[query.family].filters.get(key);
    if (!values || values.length === 0 || !ref) continue;
    const target = filterTarget(query.family, ref, values);
    // A row without the field stays, as the cluster's must_not keeps it (NULL IN (...) is not false).
    conditions.push(`NOT coalesce(${matchAny(query.family, target.field, target.values, params)}, FALSE)`);
  }
  if (ctx.scopeClientIds) conditions.push(inList(scopeColumn(query.family), ctx.scopeClientIds, params));
  const range = resolveTimeRange(query.timeRange, ctx.nowMs);
  const time = timeColumn(query.family);
  if (range.fromMs !== undefined) conditions.push(`${time} >= ${params.add(BigInt(range.fromMs))}`);
  if (range.toMs !== undefined) conditions.push(`${time} <= ${params.add(BigInt(range.toMs))}`);
  conditions.push(...compileText(query.family, query.text, params));
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
}

/**
 * A row whose field holds any of the values: `IN` for a plain column, any shared item for a list, and
 * for an object's leaves any `path=value` pair among them (see flattenedLeaves), never on a client profile
 * edit. No value matches nothing.
 */
export function matchAny(family: LogFamily, field: string, values: readonly string[], params: SqlParams): string {
  const column = columnOf(family, field);
  const kind = LOG_FIELDS[family].table[field]?.kind;
  if (kind !== 'list' && kind !== 'leaves') return inList(column, values, params);
  const items = [...new Set(kind === 'list' ? values : values.flatMap((value) => leafEntriesOf(value)))];
  const [only] = items;
  if (only === undefined) return 'FALSE';
  // One item: list_contains, a third cheaper than list_has_any over the same rows.
  const holds =
    items.length === 1
      ? `list_contains(${column}, ${params.add(only)})`
      : `list_has_any(${column}, [${params.list(items)}])`;
  if (kind === 'list') return holds;
  // A profile edit's values are never shown, so no value filter may match one (see profileEdits).
  return `(${holds} AND ${columnOf(family, 'eventName')} NOT IN (${params.list([...PROFILE_EDIT_EVENTS])}))`;
}

function leafEntriesOf(text: string): string[] {
  const pair = readPathValue(text);
  return pair ? [leafEntry(pair.path, pair.value)] : [];
}

/** `column IN (...)`; no value at all matches nothing. */
export function inList(column: string, values: readonly string[], params: SqlParams): string {
  return values.length === 0 ? 'FALSE' : `${column} IN (${params.list([...new Set(values)])})`;
}

/**
 * Every term of the search (see searchTerms) as the cluster matches it: a whole word or a phrase in the
 * row's words, the last word as the start of a word a prefix may reach; an excluded term absent.
 */
function compileText(family: LogFamily, text: string | undefined, params: SqlParams): string[] {
  return searchTerms(text).map((term) => {
    const found = termCondition(term, params);
    const condition = family === 'activity' ? withProfileEditText(found, term, params) : found;
    return term.excluded ? `NOT ${condition}` : condition;
  });
}

/**
 * A term on client activity as profileTermMatch has it: its own condition for every event but a profile
 * edit, a profile edit through its label's words and its changed field names, never its logged message.
 */
function withProfileEditText(found: string, term: SearchTerm, params: SqlParams): string {
  const eventName = columnOf('activity', 'eventName');
  const match = profileTermMatch(term);
  const options = [
    ...(match.events.length > 0 ? [`${eventName} IN (${params.list([...match.events])})`] : []),
    ...(match.name?.prefix
      ? [`len(list_filter(${PROFILE_NAMES_COLUMN}, name -> starts_with(name, ${params.add(match.name.text)}))) > 0`]
      : match.name
        ? [`list_contains(${PROFILE_NAMES_COLUMN}, ${params.add(match.name.text)})`]
        : []),
  ];
  const onProfileEdit = options.length === 0 ? 'FALSE' : `(${options.join(' OR ')})`;
  return `(CASE WHEN ${eventName} IN (${params.list([...PROFILE_EDIT_EVENTS])}) THEN ${onProfileEdit} ELSE ${found} END)`;
}

function termCondition(term: SearchTerm, params: SqlParams): string {
  const [first, ...rest] = term.words;
  if (first?.prefix && rest.length === 0) return `contains(${PREFIX_INDEX_COLUMN}, ${params.add(` ${first.text}`)})`;
  return `contains(${WORD_INDEX_COLUMN}, ${params.add(` ${term.words.map((word) => word.text).join(' ')} `)})`;
}
