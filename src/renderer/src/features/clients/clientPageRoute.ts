/**
 * The views of one client's page and the parameters they share: `#/clients/{id}/{view}?last=…&gap=…`.
 * The time range (`last` or `from`/`to`) follows the operator from view to view; filters belong to the
 * view they were set in. `gap` is the Sessions view's inactivity gap in minutes, plain digits only: any
 * other form is refused in words, never read as some other gap. It stays in the address on the other
 * views, which do not read it, so the Sessions view has it again when the operator comes back; for a role
 * that may not open the Sessions view nothing ever reads it, and the grid views name it as ignored. Any other
 * parameter a view does not read is named as ignored by that view (the grids' own, see `readRoute.ts`).
 */
import { DEFAULT_INACTIVITY_GAP_MINUTES } from '../../../../shared/domain/sessions';
import { RELATIVE_RANGES, type TimeRange } from '../../../../shared/query/logQuery';
import { quoteText } from '../../format/quoteText';
import type { WholeNumberRead } from '../../format/readWholeNumber';
import { clientRoute } from '../../routing/clientRoute';
import { givenOnce } from '../../routing/givenOnce';
import { readSearch } from '../../routing/readSearch';
import { withSearch } from '../../routing/withSearch';
import {
  NO_SUCH_PARAMETER,
  START_AFTER_END,
  badlyEncodedIgnored,
  readRoute,
  type IgnoredParam,
} from '../logGrid/readRoute';
import { GAP_MINUTES, readGapMinutes } from './minuteFields';
import { SWAP_OR_PRESET } from '../logGrid/queryProblems';

export const CLIENT_VIEWS = ['events', 'sessions', 'logs', 'coverage'] as const;
export type ClientView = (typeof CLIENT_VIEWS)[number];

/** The page's time range, read by every view and said at the page's range control. */
export const TIME_PARAMS = ['last', 'from', 'to'] as const;
/** The Sessions view's own parameters: the grid views keep them in the address and leave them unread. */
export const SESSIONS_PARAMS = ['gap'] as const;
/** What the Sessions and Coverage views take from the address: the range, and the gap (Coverage keeps it). */
const PLAIN_VIEW_PARAMS: readonly string[] = [...TIME_PARAMS, ...SESSIONS_PARAMS];
/** A written value is cut to this many characters where a sentence quotes it. */
const MAX_SHOWN = 60;

export interface ClientPageRoute {
  view: ClientView | null;
  /** The view segment as written, for saying what is wrong with it. */
  viewText: string;
  params: URLSearchParams;
  timeRange: TimeRange | undefined;
  /** Time parameters that could not be used, each with why. */
  timeIgnored: IgnoredParam[];
  /** The gap as written, for its field. */
  gapText: string;
  /** The gap as read: its minutes, or why it cannot be used. */
  gap: WholeNumberRead;
  /**
   * Parameters other than the range and the gap the address does not validly percent-encode, as written:
   * `params` leaves them out, and the views that read no other parameter name them.
   */
  unreadable: IgnoredParam[];
  /** The names the address gives only without `=` (`?foo`), named so (see `readSearch.ts`). */
  bare: ReadonlySet<string>;
}

/** Why a link that gives the gap more than once sets none: which of them was meant, the page cannot tell. */
function repeatedGapProblem(gaps: readonly string[]): string {
  const quoted = gaps.map((gap) => quoteText(gap, MAX_SHOWN)).join(', ');
  return `The link gives the gap more than once (${quoted}), so none of them is used. ${GAP_MINUTES.rule}.`;
}

export function readClientPageRoute(route: string): ClientPageRoute {
  const [path = '', search = ''] = route.split('?', 2);
  const viewText = path.replace(/^\/clients\/[^/]*\/?/, '').replace(/\/$/, '');
  const view = viewText === '' ? 'events' : (CLIENT_VIEWS as readonly string[]).includes(viewText) ? viewText : null;
  const { params, badlyEncoded, bare } = readSearch(search);
  const unreadable = badlyEncodedIgnored(badlyEncoded);
  const isTime = ({ param }: IgnoredParam) => (TIME_PARAMS as readonly string[]).includes(param);
  const { timeRange, timeIgnored } = readTimeParams(params);
  const gaps = givenOnce(params, 'gap');
  const badGap = unreadable.find(({ param }) => param === 'gap');
  const gapText = badGap?.value ?? gaps.repeated?.[0] ?? gaps.value ?? String(DEFAULT_INACTIVITY_GAP_MINUTES);
  return {
    view: view as ClientView | null,
    viewText,
    params,
    timeRange,
    timeIgnored: [...unreadable.filter(isTime), ...timeIgnored],
    gapText,
    gap: badGap
      ? {
          problem: `The link’s gap ${quoteText(badGap.value, MAX_SHOWN)} is not validly percent-encoded, so it is not read. ${GAP_MINUTES.rule}.`,
        }
      : gaps.repeated
        ? { problem: repeatedGapProblem(gaps.repeated) }
        : readGapMinutes(gapText, { link: 'gap' }),
    unreadable: unreadable.filter((item) => !isTime(item) && item.param !== 'gap'),
    bare,
  };
}

/**
 * The time range of a route's parameters (`last`, or `from`/`to`), checked as the grid checks it, and
 * the parameters it could not use, each with why: a bound the calendar has not (30 February, hour 25)
 * is said to be that, not taken for some other form.
 */
export function readTimeParams(params: URLSearchParams): Pick<ClientPageRoute, 'timeRange' | 'timeIgnored'> {
  const time = new URLSearchParams();
  for (const name of TIME_PARAMS) for (const value of params.getAll(name)) time.append(name, value);
  const { query, ignored } = readRoute('activity', time);
  return { timeRange: query.timeRange, timeIgnored: ignored };
}

/** What is wrong with a route's range, said next to its control; undefined when nothing is. */
export function rangeProblem(ignored: readonly IgnoredParam[], consequence: string): string | undefined {
  if (ignored.length === 0) return undefined;
  const each = ignored.map(({ param, value, reason }) => `${param} ${quoteText(value, MAX_SHOWN)}: ${reason}`);
  const reversed = ignored.some(({ reason }) => reason.startsWith(START_AFTER_END));
  return `This range cannot be used, so ${consequence}: ${each.join('; ')}.${reversed ? ` ${SWAP_OR_PRESET}` : ''}`;
}

/**
 * The range a route writes, as written, for a form's fields to show what the link gave while it cannot be
 * used: its bounds (each given once) as the link writes them, readable or not, else its relative range
 * when that is one the console has; undefined when it writes neither.
 */
export function linkedRange(params: URLSearchParams): TimeRange | undefined {
  const once = (name: string) => givenOnce(params, name).value ?? undefined;
  const [from, to, last] = [once('from'), once('to'), once('last')];
  if (from !== undefined || to !== undefined)
    return { kind: 'absolute', ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  const relative = RELATIVE_RANGES.find((range) => range === last);
  return relative ? { kind: 'relative', last: relative } : undefined;
}

/** Why a grid view names the gap when the operator's role may not open the Sessions view, the one view reading it. */
export const GAP_NEVER_READ = 'it is the Sessions view’s inactivity gap, and your role may not open the Sessions view';

/**
 * The Sessions view's parameters a route gives, each value named as ignored by a grid view: for a role
 * that may not open the Sessions view they can never be used, so they are not kept for it.
 */
export function sessionParamsNeverRead(params: URLSearchParams): IgnoredParam[] {
  return SESSIONS_PARAMS.flatMap((param) =>
    params.getAll(param).map((value) => ({ param, value, reason: GAP_NEVER_READ })),
  );
}

/**
 * The parameters of a route the Sessions or Coverage view does not read, each named as ignored (a name in
 * `bare` as the address writes it, without `=`). The grid views read their filters too and name what they
 * cannot use themselves (`readRoute.ts`).
 */
export function unreadParams(params: URLSearchParams, bare: ReadonlySet<string> = new Set()): IgnoredParam[] {
  return [...params]
    .filter(([name]) => !PLAIN_VIEW_PARAMS.includes(name))
    .map(([param, value]) => ({
      param,
      value,
      reason: NO_SUCH_PARAMETER,
      ...(bare.has(param) ? { written: param } : {}),
    }));
}

/**
 * The route's parameters as the address writes them (`search`, after the `?`) without each one of `ignored`
 * (that name with that value, or every value of a name the page has no such parameter for), the rest kept
 * exactly as written: a parameter not validly percent-encoded (a refused range's `from=%`, the gap) stays
 * so, for its own control to go on naming it, and goes only when it is itself one of `ignored`.
 */
export function withoutIgnored(search: string, ignored: readonly IgnoredParam[]): string {
  const dropped = (name: string, value: string) =>
    ignored.some((item) => item.param === name && (item.value === value || item.reason === NO_SUCH_PARAMETER));
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const { params, badlyEncoded } = readSearch(pair);
      const [name, value] = badlyEncoded[0] ? [badlyEncoded[0].param, badlyEncoded[0].value] : ([...params][0] ?? []);
      return name === undefined || value === undefined || !dropped(name, value);
    })
    .join('&');
}

/**
 * `params` as an address writes them, then each parameter of `search` not validly percent-encoded that
 * `keeps` names, as `search` writes it: a gap or range bound the page names as kept as written stays so,
 * for its control to go on saying what is wrong with it, rather than quietly leaving the address.
 */
export function withUnreadableKept(params: URLSearchParams, search: string, keeps: (name: string) => boolean): string {
  const kept = readSearch(search).badlyEncoded.filter(({ param }) => keeps(param));
  return [params.toString(), ...kept.map(({ written }) => written)].filter(Boolean).join('&');
}

/**
 * A view of the client's page, with the time range and the gap carried over: from the parameters as read,
 * or from the address's own text (`search`), which carries a range bound or gap not validly percent-encoded
 * as written too (one `extra` sets anew goes).
 */
export function clientViewPath(
  clientId: string,
  view: ClientView,
  from: URLSearchParams | string,
  extra: Record<string, string> = {},
): string {
  const params = typeof from === 'string' ? readSearch(from).params : from;
  const next = new URLSearchParams();
  for (const name of PLAIN_VIEW_PARAMS) for (const value of params.getAll(name)) next.append(name, value);
  for (const [name, value] of Object.entries(extra)) next.set(name, value);
  const carried = (name: string) => PLAIN_VIEW_PARAMS.includes(name) && !Object.keys(extra).includes(name);
  const search = typeof from === 'string' ? withUnreadableKept(next, from, carried) : next.toString();
  return withSearch(`${clientRoute(clientId)}/${view}`, search);
}

/** Whether two time ranges are the same range, as the address writes them. */
export function sameTimeRange(one: TimeRange | undefined, other: TimeRange | undefined): boolean {
  const written = (range: TimeRange | undefined) => withTimeRange(new URLSearchParams(), range).toString();
  return written(one) === written(other);
}

/** The route's parameters with a new time range, the rest kept. */
export function withTimeRange(params: URLSearchParams, range: TimeRange | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of TIME_PARAMS) next.delete(name);
  if (range?.kind === 'relative') next.set('last', range.last);
  if (range?.kind === 'absolute') {
    if (range.from) next.set('from', range.from);
    if (range.to) next.set('to', range.to);
  }
  return next;
}
