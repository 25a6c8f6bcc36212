import type { ReactNode } from 'react';
import { ChangeId } from '../../../../shared/contract/changeChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { fullStopAfter } from '../../../../shared/domain/shownInSentence';
import { characterCount, tooLongInLinkSentence } from '../../../../shared/domain/tooLong';
import { idSecretProblem } from '../../../../shared/query/searchTextSecret';
import { quoteText } from '../../format/quoteText';
import { givenOnce } from '../../routing/givenOnce';
import { readSearch } from '../../routing/readSearch';
import { withSearch } from '../../routing/withSearch';
import { badlyEncodedIgnored, type IgnoredParam } from '../logGrid/readRoute';
import { diffParams, readDiffRoute, type DiffRoute } from './diffRoute';
import { readRiskRoute, riskPathIgnored, type RiskRoute } from './riskRoute';

/** The deep links of the change views; other pages link here with the components below. */
export const diffPath = (eventId: string, unchanged = false) =>
  withSearch(`/diff/${encodeURIComponent(eventId)}`, diffParams(unchanged));
export const historyPath = (targetType: string, targetId: string, eventId?: string) =>
  withSearch(
    `/history/${encodeURIComponent(targetType)}/${encodeURIComponent(targetId)}`,
    eventId ? `event=${encodeURIComponent(eventId)}` : '',
  );
export const bulkPath = (bulkId: string) => `/bulk/${encodeURIComponent(bulkId)}`;

/**
 * A diff, history or bulk route; `ignored` names each parameter of its link the page does not use, with
 * why, so that the page says so rather than quietly showing something else than the link asked for.
 */
export type ChangeRoute =
  | ({ page: 'diff'; eventId: string } & DiffRoute)
  | { page: 'history'; targetType: string; targetId: string; eventId: string | null; ignored: IgnoredParam[] }
  | { page: 'bulk'; bulkId: string; ignored: IgnoredParam[] }
  /** The Risk page, with the hours its link asks for and what of the link it cannot use. */
  | ({ page: 'risk' } & RiskRoute)
  /**
   * A change-view address that does not hold together: the page says so instead of guessing; `problem`
   * says what is wrong with an id it does hold (too long, control characters).
   */
  | { page: 'badLink'; route: string; problem?: string };

function decoded(segment: string | undefined): string | null {
  if (segment === undefined || segment === '') return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** How much of a path segment a sentence quotes. */
const MAX_QUOTED = 60;

/**
 * What is wrong with the path of a change link beyond a missing part: a segment that is not a whole
 * percent-encoded text, or parts after the last one the page reads (`#/history/client/a/b`).
 */
function pathProblem(kind: string, rest: readonly string[], parts: number): string | undefined {
  const unreadable = rest.slice(0, parts).find((segment) => segment !== '' && decoded(segment) === null);
  if (unreadable !== undefined) {
    return `The address holds ${quoteText(unreadable, MAX_QUOTED)}, which is not whole percent-encoded text.`;
  }
  if (rest.length <= parts) return undefined;
  const extra = rest.slice(parts).join('/');
  const quoted = quoteText(`/${extra}`, MAX_QUOTED);
  return `A ${kind} link ends after its id; this one goes on with ${quoted}${fullStopAfter(quoted)}`;
}

/** A bad link, with what is wrong with its path when more can be said than that a part is missing. */
function badPath(route: string, kind: string, rest: readonly string[], parts: number): ChangeRoute {
  const problem = pathProblem(kind, rest, parts);
  return problem ? { page: 'badLink', route, problem } : { page: 'badLink', route };
}

const CHECK_THE_LINK = 'Check the link, or the data source it came from.';

/**
 * What is wrong with an id a link holds, as the console would refuse it, or null when it may be asked for;
 * `name` says which id it is, for an id holding a secret (never asked for, nor shown).
 */
function idProblem(id: string, name: string): string | null {
  const secret = idSecretProblem(id, `${name} in the link`, CHECK_THE_LINK);
  if (secret) return secret;
  const parsed = ChangeId.safeParse(id);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'too_big') {
    return `${tooLongInLinkSentence(name, Number(issue.maximum), characterCount(id.trim()))} ${CHECK_THE_LINK}`;
  }
  const message = issue?.message ?? 'Not an id';
  return message.endsWith('.') ? message : `${message}.`;
}

/**
 * What a link whose id is only blank (`#/diff/%20`) is told: it names nothing a person could "give", so it
 * says where the link went wrong and where the change it meant is found.
 */
function blankIdProblem(name: string, names: string): string {
  return (
    `The link's ${name} is blank, so it names no ${names}. Copy the link again from where it came from, or ` +
    "find the change on the Risk page or on a client's Sessions tab, where a manager's edit opens it."
  );
}

/**
 * The route, or a bad link naming the first of `ids` (each with what it is) the console would refuse;
 * `names` says what the page would have shown ("change", "edit history", "bulk operation").
 */
function checked(route: string, ids: [id: string, name: string][], names: string, target: ChangeRoute): ChangeRoute {
  const problem = ids
    .map(([id, name]) => (id.trim() === '' ? blankIdProblem(name, names) : idProblem(id, name)))
    .find((each) => each !== null);
  return problem ? { page: 'badLink', route, problem } : target;
}

/** The parameters of a link other than `known`, each named as one the page has none of. */
function unknownParams(params: URLSearchParams, known: readonly string[] = []): IgnoredParam[] {
  return [...params]
    .filter(([param]) => !known.includes(param))
    .map(([param, value]) => ({ param, value, reason: 'this page has no such parameter' }));
}

/**
 * The edit a history link opens at (null: its newest), and why it uses none the link gives: an `event`
 * given more than once (which was meant the page cannot tell), or one the console would refuse as an id.
 */
function readHistoryEvent(params: URLSearchParams): { eventId: string | null; ignored: IgnoredParam[] } {
  const { value, repeated } = givenOnce(params, 'event');
  if (repeated) {
    const reason = 'the link gives the event more than once';
    return { eventId: null, ignored: repeated.map((each) => ({ param: 'event', value: each, reason })) };
  }
  const blank = 'The event id is blank: copy the link again from where it came from to open the edit it meant.';
  const problem = value === null ? null : value.trim() === '' ? blank : idProblem(value, 'event id');
  if (value !== null && problem) return { eventId: null, ignored: [{ param: 'event', value, reason: problem }] };
  return { eventId: value, ignored: [] };
}

/**
 * Which change view a hash route names, or null when it names none of them. A parameter the address does
 * not validly percent-encode is named as written, first, and nothing is read from it (see `readSearch.ts`).
 */
export function parseChangeRoute(route: string): ChangeRoute | null {
  const [path = '', search = ''] = route.split(/\?(.*)/s, 2);
  const [, page, ...rest] = path.split('/');
  const { params: param, badlyEncoded } = readSearch(search);
  const unread = badlyEncodedIgnored(badlyEncoded);
  if (page === 'risk') {
    const risk = readRiskRoute(param);
    return { page: 'risk', ...risk, ignored: [...riskPathIgnored(rest), ...unread, ...risk.ignored] };
  }
  if (page === 'diff') {
    const eventId = decoded(rest[0]);
    if (!eventId || rest.length !== 1) return badPath(route, 'diff', rest, 1);
    const { unchanged, ignored } = readDiffRoute(param);
    return checked(route, [[eventId, 'event id']], 'change', {
      page: 'diff',
      eventId,
      unchanged,
      ignored: [...unread, ...ignored],
    });
  }
  if (page === 'history') {
    const [targetType, targetId] = [decoded(rest[0]), decoded(rest[1])];
    if (!targetType || !targetId || rest.length !== 2) return badPath(route, 'history', rest, 2);
    const { eventId, ignored } = readHistoryEvent(param);
    return checked(
      route,
      [
        [targetType, 'entity type'],
        [targetId, 'entity id'],
      ],
      'edit history',
      {
        page: 'history',
        targetType,
        targetId,
        eventId,
        ignored: [...unread, ...ignored, ...unknownParams(param, ['event'])],
      },
    );
  }
  if (page === 'bulk') {
    const bulkId = decoded(rest[0]);
    if (!bulkId || rest.length !== 1) return badPath(route, 'bulk', rest, 1);
    const ignored = [...unread, ...unknownParams(param)];
    return checked(route, [[bulkId, 'bulk operation id']], 'bulk operation', { page: 'bulk', bulkId, ignored });
  }
  return null;
}

/**
 * What identifies the page a route shows, so that moving inside it keeps the page, its state and its
 * focus, and each page reads the route again itself: a change view by its path (stepping through an
 * entity's history changes only `event`), every other page by its section (`/logs` whatever its query,
 * `/clients` whatever client or tab: a client's page starts afresh for another client on its own).
 */
export function pageKey(route: string): string {
  const path = route.split('?', 1)[0] ?? route;
  const change = parseChangeRoute(route);
  // The Risk page is one page whatever its link holds below it (`#/risk/extra`), which it names and drops.
  if (change?.page === 'risk') return '/risk';
  return change ? path : `/${path.split('/')[1] ?? ''}`;
}

interface LinkProps {
  children?: ReactNode;
}

/*
 * The ids and entity types a link names come from the logs: its address keeps them exactly, while what it
 * is called (and shows) names each character that hides or reorders text, ⟨U+202E⟩.
 */

/**
 * A link to one event's before and after, called "Show the change of event X". What it shows in place
 * of "Show the change" (`text`: a time, "yes") is said after that name, so the words seen are words a
 * speech user can say to follow it.
 */
export function DiffLink({ eventId, text }: { eventId: string; text?: string }) {
  const name = `Show the change of event ${showHiddenCharacters(eventId)}`;
  return (
    <a href={`#${diffPath(eventId)}`} aria-label={text === undefined ? name : `${name}: ${text}`}>
      {text ?? 'Show the change'}
    </a>
  );
}

/** A link to every edit of one entity, optionally opened at one of them. */
export function HistoryLink({
  targetType,
  targetId,
  eventId,
  children,
}: LinkProps & { targetType: string; targetId: string; eventId?: string }) {
  return (
    <a
      href={`#${historyPath(targetType, targetId, eventId)}`}
      aria-label={`Show the edit history of ${showHiddenCharacters(`${targetType} ${targetId}`)}`}
    >
      {children ?? 'Edit history'}
    </a>
  );
}

/** A link to one bulk operation as a change set. */
export function BulkLink({ bulkId, children }: LinkProps & { bulkId: string }) {
  return (
    <a href={`#${bulkPath(bulkId)}`} aria-label={`Show bulk operation ${showHiddenCharacters(bulkId)}`}>
      {children ?? showHiddenCharacters(bulkId)}
    </a>
  );
}
