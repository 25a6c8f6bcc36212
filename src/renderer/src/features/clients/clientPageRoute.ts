/**
 * The views of one client's page and the parameters they share: `#/clients/{id}/{view}?last=…&gap=…`.
 * The time range (`last` or `from`/`to`) follows the operator from view to view; filters belong to the
 * view they were set in. `gap` is the Sessions view's inactivity gap in minutes, plain digits only: any
 * other form is refused in words, never read as some other gap. It stays in the address on the other
 * views, which do not read it, so the Sessions view has it again when the operator comes back.
 */
import { DEFAULT_INACTIVITY_GAP_MINUTES } from '../../../../shared/domain/sessions';
import type { TimeRange } from '../../../../shared/query/logQuery';
import { quoteText } from '../../format/quoteText';
import type { WholeNumberRead } from '../../format/readWholeNumber';
import { clientRoute } from '../../routing/clientRoute';
import { givenOnce } from '../../routing/givenOnce';
import { readRoute, type IgnoredParam } from '../logGrid/readRoute';
import { calendarProblem } from './calendarProblem';
import { GAP_MINUTES, readGapMinutes } from './minuteFields';

export const CLIENT_VIEWS = ['events', 'sessions', 'logs', 'coverage'] as const;
export type ClientView = (typeof CLIENT_VIEWS)[number];

const TIME_PARAMS = ['last', 'from', 'to'] as const;
/** The Sessions view's own parameters: the grid views keep them in the address and leave them unread. */
export const SESSIONS_PARAMS = ['gap'] as const;
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
  const params = new URLSearchParams(search);
  const { timeRange, timeIgnored } = readTimeParams(params);
  const gaps = givenOnce(params, 'gap');
  const gapText = gaps.repeated?.[0] ?? gaps.value ?? String(DEFAULT_INACTIVITY_GAP_MINUTES);
  return {
    view: view as ClientView | null,
    viewText,
    params,
    timeRange,
    timeIgnored,
    gapText,
    gap: gaps.repeated ? { problem: repeatedGapProblem(gaps.repeated) } : readGapMinutes(gapText),
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
  const timeIgnored = ignored.map((item) => {
    const impossible = item.param === 'last' ? null : calendarProblem(item.value);
    return impossible ? { ...item, reason: impossible } : item;
  });
  return { timeRange: query.timeRange, timeIgnored };
}

/** What is wrong with a route's range, said next to its control; undefined when nothing is. */
export function rangeProblem(ignored: readonly IgnoredParam[], consequence: string): string | undefined {
  if (ignored.length === 0) return undefined;
  const each = ignored.map(({ param, value, reason }) => `${param} ${quoteText(value, MAX_SHOWN)}: ${reason}`);
  return `This range cannot be used, so ${consequence}: ${each.join('; ')}.`;
}

/**
 * The absolute bounds a route writes, as written, when each is a readable instant: what a field shows.
 * A day or time the calendar has not is left out, for the field would show another (2 March for 30 February).
 */
export function writtenRange(params: URLSearchParams): TimeRange | undefined {
  const readable = (name: 'from' | 'to') => {
    const value = params.get(name);
    return value !== null && !Number.isNaN(Date.parse(value)) && calendarProblem(value) === null
      ? { [name]: value }
      : {};
  };
  const bounds = { ...readable('from'), ...readable('to') };
  return Object.keys(bounds).length > 0 ? { kind: 'absolute', ...bounds } : undefined;
}

/** A view of the client's page, with the time range and the gap carried over. */
export function clientViewPath(
  clientId: string,
  view: ClientView,
  from: URLSearchParams,
  extra: Record<string, string> = {},
): string {
  const next = new URLSearchParams();
  for (const name of [...TIME_PARAMS, ...SESSIONS_PARAMS])
    for (const value of from.getAll(name)) next.append(name, value);
  for (const [name, value] of Object.entries(extra)) next.set(name, value);
  const search = next.toString();
  return `${clientRoute(clientId)}/${view}${search ? `?${search}` : ''}`;
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
