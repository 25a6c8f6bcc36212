/**
 * `readRoute(family, params)`: a family's query from URL parameters, parameter by parameter, with every
 * one it could not use named and why (`ignored`). The query keeps everything else the link asks for;
 * a page shows no rows while `ignored` is not empty, so a bad link never quietly widens what is shown.
 * Each value is checked with the same schema main checks requests with (`LogQuery`).
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import {
  LogQuery,
  PAGE_SIZES,
  INSTANT_FORM,
  isExpandedYearInstant,
  isInstant,
  RELATIVE_RANGES,
  type LogFamily,
  type LogQueryInput,
} from '../../../../shared/query/logQuery';
import { calendarProblem } from '../../../../shared/query/calendarProblem';
import { searchTextProblem } from '../../../../shared/query/searchTextProblem';
import { filterValueSecretProblem } from '../../../../shared/query/searchTextSecret';
import { outsideSupportedYears } from '../../../../shared/query/timeRange';
import type { QueryOf } from './gridFamily';
import { excludeParam, filterParams } from './queryRoute';
import { subGroupsOf } from './queryFilters';
import { BADLY_ENCODED, readSearch, type BadlyEncodedParam } from '../../routing/readSearch';
import { PAGING_PARAMS, readPaging, type GridPaging } from './routePaging';
import { singleParam } from './singleParam';

/** A URL parameter the grid could not use, and a sentence saying why. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
  /** How the address writes it, when that is not `param=value`: a name without `=` (`%`, `foo`), bad encoding. */
  written?: string;
}

export interface RouteRead<F extends LogFamily> {
  query: QueryOf<F>;
  ignored: IgnoredParam[];
  /** Scroll or numbered pages, and which page (see `routePaging.ts`). */
  paging: GridPaging;
}

const MAX_TEXT = 500;
/** Why the start of a reversed range is left out; the reason names the end after it. */
export const START_AFTER_END = 'the start is after the end';
/** Why a bound of the range was left out: what it should look like. */
const NOT_AN_INSTANT = `it is not ${INSTANT_FORM}`;
/** Why a bound was left out: a day or time the calendar has not (30 February) is said as such, not as another form. */
const boundProblem = (value: string): string => calendarProblem(value) ?? NOT_AN_INSTANT;
const MAX_TERM = 200;
/** Why a parameter a page does not read at all is ignored. */
export const NO_SUCH_PARAMETER = 'this page has no such parameter';
const KNOWN_PARAMS = new Set(['q', 'last', 'from', 'to', 'sort', 'size', ...PAGING_PARAMS]);
/** How `ignored` names a link that could not be used as a whole: its value is every parameter, as written. */
const WHOLE_LINK = '(link)';

/** A refusal's sentence as a reason the list of ignored parameters gives after the value. */
const inSentence = (sentence: string): string => sentence.charAt(0).toLowerCase() + sentence.slice(1);

/** The names of the parameters `ignored` names: every one the link gives when it could not be used as a whole. */
export function unreadNames(ignored: readonly IgnoredParam[]): string[] {
  const names = ignored.flatMap(({ param, value }) =>
    param === WHOLE_LINK ? [...new URLSearchParams(value).keys()] : [param],
  );
  return [...new Set(names)];
}

/** Each parameter the address does not validly percent-encode, named as written (`%`, not `%=`), with why. */
export function badlyEncodedIgnored(badlyEncoded: readonly BadlyEncodedParam[]): IgnoredParam[] {
  return badlyEncoded.map(({ param, value, written }) => ({
    param,
    value,
    reason: BADLY_ENCODED,
    ...(written === `${param}=${value}` ? {} : { written }),
  }));
}

/**
 * The route's parameters as the address writes them (`search`), or as already read; a parameter the address
 * does not validly percent-encode is named, as written, and nothing is read from it (see `readSearch.ts`).
 */
export function readRoute<F extends LogFamily>(family: F, route: URLSearchParams | string): RouteRead<F> {
  const read =
    typeof route === 'string' ? readSearch(route) : { params: route, badlyEncoded: [], bare: new Set<string>() };
  const { params, badlyEncoded } = read;
  const ignored = badlyEncodedIgnored(badlyEncoded);
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param, value, reason });
  const input: Record<string, unknown> & { family: F } = { family };

  const filters: Record<string, string[]> = {};
  const excluded: Record<string, string[]> = {};
  const names = filterParams(family);
  for (const [key, plain] of names) {
    const allowed = LOG_FIELDS[family].filters.get(key)?.field.filter?.values;
    for (const [param, into] of [
      [plain, filters],
      [excludeParam(plain), excluded],
    ] as const) {
      for (const value of params.getAll(param)) {
        // A value holding a secret is never sent: no party's id is one, and a match would confirm it.
        const secret = filterValueSecretProblem(value);
        if (!value) ignore(param, value, 'it is empty');
        else if (secret) ignore(param, value, inSentence(secret));
        else if (value.length > MAX_TERM) ignore(param, value, `it is longer than ${MAX_TERM} characters`);
        else if (allowed && !allowed.includes(value)) ignore(param, value, `it is not one of: ${allowed.join(', ')}`);
        else into[key] = [...new Set([...(into[key] ?? []), value])];
      }
    }
  }
  if (Object.keys(excluded).length > 0) input.exclude = excluded;
  const grouped: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(filters)) {
    const groups = subGroupsOf(family, key, filters);
    const kept = groups ? values.filter((value) => groups.has(value)) : values;
    for (const value of values.filter((item) => !kept.includes(item))) {
      ignore(names.get(key) ?? key, value, 'it belongs to none of the chosen groups above it');
    }
    if (kept.length > 0) grouped[key] = kept;
  }
  input.filters = grouped;

  const text = singleParam(params, 'q', ignored);
  // Text holding a secret or a direction control is refused by main in these words (one shared rule), so it is
  // never sent; that is said first, before its length, naming what to delete.
  const refusal = searchTextProblem(text);
  if (text !== null && refusal) ignore('q', text, inSentence(refusal));
  else if (text !== null && text.trim().length > MAX_TEXT)
    ignore('q', text, `the text is longer than ${MAX_TEXT} characters`);
  else if (text?.trim()) input.text = text;

  const last = singleParam(params, 'last', ignored);
  const from = singleParam(params, 'from', ignored);
  const to = singleParam(params, 'to', ignored);
  if (last !== null) {
    if ((RELATIVE_RANGES as readonly string[]).includes(last)) input.timeRange = { kind: 'relative', last };
    else ignore('last', last, `a relative range is one of: ${RELATIVE_RANGES.join(', ')}`);
  }
  const bound = (param: 'from' | 'to', value: string | null): string | undefined => {
    if (value === null) return undefined;
    // A year of six digits (+020000-…, what a date field's year 20000 becomes) is a year out of range, not no date.
    const outside = isInstant(value) || isExpandedYearInstant(value) ? outsideSupportedYears(value) : null;
    if (outside) ignore(param, value, `it is ${outside}`);
    else if (!isInstant(value)) ignore(param, value, boundProblem(value));
    else return value;
    return undefined;
  };
  const validFrom = bound('from', from);
  const validTo = bound('to', to);
  if (validFrom && validTo && Date.parse(validFrom) > Date.parse(validTo)) {
    ignore('from', validFrom, `${START_AFTER_END} (${validTo})`);
    ignore('to', validTo, `the end is before the start (${validFrom})`);
  } else if (input.timeRange === undefined && (validFrom || validTo)) {
    input.timeRange = {
      kind: 'absolute',
      ...(validFrom ? { from: validFrom } : {}),
      ...(validTo ? { to: validTo } : {}),
    };
  } else if (validFrom || validTo) {
    for (const [param, value] of [
      ['from', validFrom],
      ['to', validTo],
    ] as const)
      if (value) ignore(param, value, 'the link also sets a relative range ("last")');
  }

  const sort = singleParam(params, 'sort', ignored);
  if (sort !== null) {
    const [field, direction] = sort.split(/\.(?=asc$|desc$)/);
    if (!field || !direction) ignore('sort', sort, 'a sort is a field then .asc or .desc');
    else if (!LOG_FIELDS[family].sorts.includes(field))
      ignore('sort', sort, `the logs sort by one of: ${LOG_FIELDS[family].sorts.join(', ')}`);
    else input.sort = { field, direction };
  }

  const size = singleParam(params, 'size', ignored);
  if (size !== null) {
    // Digits only: "1e2" or " 100" would be read as a size other than the one the link shows.
    if (/^\d+$/.test(size) && (PAGE_SIZES as readonly number[]).includes(Number(size))) input.pageSize = Number(size);
    else ignore('size', size, `a page holds ${PAGE_SIZES.join(', ')} rows`);
  }

  const { paging, ignored: badPaging } = readPaging(params);
  ignored.push(...badPaging);

  for (const param of new Set(params.keys())) {
    const filterParam = [...names.values()].some((name) => param === name || param === excludeParam(name));
    if (!KNOWN_PARAMS.has(param) && !filterParam) ignore(param, params.get(param) ?? '', NO_SUCH_PARAMETER);
  }

  // A name the address gives without `=` is named as it writes it (`foo`), not as `foo=`.
  for (const item of ignored) if (item.value === '' && read.bare.has(item.param)) item.written ??= item.param;

  const parsed = LogQuery.safeParse(input as LogQueryInput);
  if (parsed.success && parsed.data.family === family) return { query: parsed.data as QueryOf<F>, ignored, paging };
  const fallback = LogQuery.parse({ family }) as QueryOf<F>;
  const reason = parsed.success
    ? 'it is for another kind of log'
    : (parsed.error.issues[0]?.message ?? 'it is not valid');
  return { query: fallback, ignored: [...ignored, { param: WHOLE_LINK, value: params.toString(), reason }], paging };
}
