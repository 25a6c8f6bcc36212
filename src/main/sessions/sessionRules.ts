import type { ScannedActivity } from '../../shared/query/clientQueries';
import {
  SESSION_EVENTS,
  type SessionEndReason,
  type SessionLane,
  type SessionStartReason,
} from '../../shared/domain/sessions';

/** What grouping keeps of an event beyond its lane: when, which one, and what it means for a session. */
export interface EventMark {
  id: string;
  atMs: number;
  eventName: string;
}

/** A token-expiry notice closes the session it expires if it comes within this long of its last event. */
export const EXPIRY_REACH_MS = 60 * 60_000;

const isIn = (names: readonly string[], event: EventMark) => names.includes(event.eventName);
export const isLogin = (event: EventMark) => isIn(SESSION_EVENTS.login, event);
export const isPreLogin = (event: EventMark) => isIn(SESSION_EVENTS.preLogin, event);
export const isLogout = (event: EventMark) => isIn(SESSION_EVENTS.logout, event);
export const isExpiry = (event: EventMark) => isIn(SESSION_EVENTS.expiry, event);
/** Starts a visit: a login, or signing up or recovering access before one. */
export const opensSession = (event: EventMark) => isLogin(event) || isPreLogin(event);
export const closesSession = (event: EventMark) => isLogout(event) || isExpiry(event);
/** Any event of authentication: other apps showing one means the client's activity there was not one stretch. */
export const isAuthentication = (event: EventMark) => opensSession(event) || closesSession(event);

/**
 * The lane an event belongs to: the client's own activity per source app (their events and the system's
 * notices about them), or one manager's visits.
 */
export function laneKey(event: Pick<ScannedActivity, 'actorType' | 'actorId' | 'sourceApp'>): string {
  return event.actorType === 'manager' ? `manager:${event.actorId ?? ''}` : `client:${event.sourceApp}`;
}

export function laneOf(key: string): SessionLane {
  return key.startsWith('manager:') ? 'manager' : 'client';
}

/**
 * What the client's other apps logged between two events of one app: the evidence for a logging gap.
 * Unbroken while they logged one stretch, no silence longer than the gap and no authentication in it.
 */
export interface Coverage {
  count: number;
  /** The other event nearest the walk's front (at first: the lane's own frontier event). */
  lastAtMs: number;
  broken: boolean;
}

export const freshCoverage = (atMs: number): Coverage => ({ count: 0, lastAtMs: atMs, broken: false });

/** Adds another app's event to a lane's coverage. */
export function cover(coverage: Coverage, other: EventMark, gapMs: number): void {
  if (coverage.broken) return;
  if (Math.abs(other.atMs - coverage.lastAtMs) > gapMs || isAuthentication(other)) {
    coverage.broken = true;
    return;
  }
  coverage.count += 1;
  coverage.lastAtMs = other.atMs;
}

/**
 * Whether other apps covered a lane's silence up to the event that ends it (the one the walk just
 * reached): they logged at least once, never paused longer than the gap, and not long before that event.
 */
export const covers = (coverage: Coverage, reachedAtMs: number, gapMs: number): boolean =>
  !coverage.broken && coverage.count > 0 && Math.abs(reachedAtMs - coverage.lastAtMs) <= gapMs;

export type Verdict =
  { same: true } | { same: false; endReason: SessionEndReason; startReason: SessionStartReason; loggingGap: boolean };

function boundary(endReason: SessionEndReason, newer: EventMark, loggingGap = false): Verdict {
  const startReason: SessionStartReason = opensSession(newer) ? 'login' : loggingGap ? 'loggingGap' : 'activity';
  return { same: false, endReason, startReason, loggingGap };
}

/**
 * Whether two consecutive events of one lane belong to one session, and if not why the older one's
 * session ended and the newer one's began. Decided on the pair alone and whether the client's other apps
 * covered the silence between them (see `covers`), so walking time forwards or backwards groups alike.
 */
export function classify(
  lane: SessionLane,
  older: EventMark,
  newer: EventMark,
  gapMs: number,
  othersCovered: boolean,
): Verdict {
  if (isLogout(older)) return boundary('logout', newer);
  if (isExpiry(older)) return boundary('tokenExpiry', newer);
  const silence = newer.atMs - older.atMs;
  if (isExpiry(newer))
    return silence <= Math.max(gapMs, EXPIRY_REACH_MS) ? { same: true } : boundary('inactivity', newer);
  if (isLogin(newer) && !isPreLogin(older)) return boundary(silence <= gapMs ? 'newLogin' : 'inactivity', newer);
  if (silence <= gapMs) return { same: true };
  const loggingGap = lane === 'client' && !opensSession(newer) && othersCovered;
  return boundary(loggingGap ? 'loggingGap' : 'inactivity', newer, loggingGap);
}

/** How far beyond an event its neighbour (older when walking back, newer walking forward) can still join it. */
export function reach(lane: SessionLane, frontier: EventMark, direction: 'asc' | 'desc', gapMs: number): number {
  if (direction === 'desc') return isExpiry(frontier) ? Math.max(gapMs, EXPIRY_REACH_MS) : gapMs;
  if (closesSession(frontier)) return 0;
  return lane === 'client' ? Math.max(gapMs, EXPIRY_REACH_MS) : gapMs;
}

/**
 * Whether the pair at a lane's frontier could still turn out a logging gap: only in a client lane, only
 * where the frontier neither opens (walking back) nor closes (walking forward) a session, and only while
 * the other apps' coverage holds at the walk's front.
 */
export function gapStillPossible(
  lane: SessionLane,
  frontier: EventMark,
  direction: 'asc' | 'desc',
  coverage: Coverage,
  walkAtMs: number,
  gapMs: number,
): boolean {
  if (lane !== 'client' || coverage.broken) return false;
  if (direction === 'desc' ? opensSession(frontier) || isExpiry(frontier) : closesSession(frontier)) return false;
  return Math.abs(walkAtMs - coverage.lastAtMs) <= gapMs;
}

/** The end reason of a session whose last event has no neighbour within reach. */
export function endWithoutNeighbour(last: EventMark, gapMs: number, nowMs: number): SessionEndReason {
  if (isLogout(last)) return 'logout';
  if (isExpiry(last)) return 'tokenExpiry';
  return last.atMs + gapMs > nowMs ? 'open' : 'inactivity';
}

/** The start reason of a session whose first event has no neighbour within reach. */
export const startWithoutNeighbour = (first: EventMark): SessionStartReason =>
  opensSession(first) ? 'login' : 'activity';
