import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { LoggingGap, SessionLane, SessionPage } from '../../shared/domain/sessions';
import { MAX_SCAN_SIZE, type ScanPosition, type ScannedActivity } from '../../shared/query/clientQueries';
import type { TimeRange } from '../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../shared/query/logSource';
import { resolveTimeRange } from '../../shared/query/timeRange';
import type { CursorEnvelope } from '../sources/cursorEnvelope';
import { emptyGrouperState, SessionGrouper, type GrouperState, type TakenSession } from './SessionGrouper';
import { firstWindow, nextWindow, ScanWindow, windowBounds } from './scanWindow';
import { EXPIRY_REACH_MS, laneKey, laneOf, type EventMark } from './sessionRules';

/** Events read per scan request: small first, so a light client's page costs one short read. */
const FIRST_BATCH = 500;
/** Events one page may read before it answers with what it has (`truncated`). */
export const SCAN_BUDGET = 20_000;

export interface SessionPageRequest {
  clientId: string;
  timeRange?: TimeRange;
  gapMinutes: number;
  /** Whose sessions are listed; every lane is walked regardless, so boundaries never depend on it. */
  lanes: readonly SessionLane[];
  limit: number;
  cursor?: string;
}

/** A page's carry-over: where reading stopped, what grouping holds, and the bounds resolved once. */
const PagerState = z.object({
  fromMs: z.number().nullable(),
  toMs: z.number().nullable(),
  nowMs: z.number(),
  after: z.object({ atMs: z.number(), id: z.string() }).nullable(),
  exhausted: z.boolean(),
  /**
   * The client's first and last event when the range leaves that side open (null where the range
   * bounds it): the scan starts below the last event and never reads below the first, so a history
   * that ended long ago is read in bounded windows, never down to the beginning of time.
   */
  floorMs: z.number().nullable(),
  ceilingMs: z.number().nullable(),
  /** The time window the scan reads in. */
  window: ScanWindow.default(firstWindow),
  /** The grouper's own state: written by it alone and sealed with the rest, so read back as it was. */
  grouper: z.custom<GrouperState>((value) => typeof value === 'object' && value !== null),
});
type PagerState = z.infer<typeof PagerState>;

export interface SessionPagerDeps {
  /** Only its kind (for the cursor), its activity scans and the client's first and last event are used. */
  source: Pick<LogSource, 'kind' | 'scanActivity' | 'clientFacts'>;
  cursors: CursorEnvelope;
  options: SearchOptions;
  nowMs: number;
}

/** What a sessions cursor is bound to besides the operator: the client, range, gap, lanes and scope. */
function fingerprint(request: SessionPageRequest, scope: readonly string[] | null | undefined): string {
  const text = JSON.stringify([
    request.clientId,
    request.timeRange ?? null,
    request.gapMinutes,
    [...request.lanes].sort(),
    scope ? [...scope].sort() : null,
  ]);
  return `sessions:${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
}

/** How far beyond a range's edge an event can still join a session inside it. */
const reachMs = (gapMs: number) => Math.max(gapMs, EXPIRY_REACH_MS);

/** Each lane's nearest event beyond one edge of the range, within reach of it. */
async function nearestBeyond(
  deps: SessionPagerDeps,
  clientId: string,
  edge: { direction: 'asc' | 'desc'; fromMs: number; toMs: number },
): Promise<Record<string, EventMark>> {
  const events = await deps.source.scanActivity(
    { clientId, fromMs: edge.fromMs, toMs: edge.toMs, direction: edge.direction, size: MAX_SCAN_SIZE },
    deps.options,
  );
  const nearest: Record<string, EventMark> = {};
  for (const event of events) {
    const key = laneKey(event);
    nearest[key] ??= { id: event.id, atMs: event.atMs, eventName: event.eventName };
  }
  return nearest;
}

/**
 * One page of a client's sessions, newest first, grouped in main from a keyset scan of their activity:
 * the scan reads newest first in growing batches and stops as soon as the page's sessions are complete,
 * so the first page of a client with 50,000 events reads about as much as that of a light one. The
 * cursor carries the scan position and the sessions still open, sealed to the operator and request.
 */
export async function pageSessions(deps: SessionPagerDeps, request: SessionPageRequest): Promise<SessionPage> {
  const started = performance.now();
  const gapMs = request.gapMinutes * 60_000;
  const binding = {
    source: deps.source.kind,
    family: 'activity' as const,
    operatorId: deps.options.operatorId ?? null,
    fingerprint: fingerprint(request, deps.options.scopeClientIds),
  };
  const state: PagerState = request.cursor
    ? deps.cursors.open(request.cursor, PagerState, binding)
    : await firstState(deps, request, gapMs);
  const lanes = new Set(request.lanes);
  const grouper = new SessionGrouper(
    {
      direction: 'desc',
      gapMs,
      nowMs: state.nowMs,
      listed: (draft) => lanes.has(laneOf(draft.key)),
    },
    state.grouper,
  );
  const taken = grouper.take(request.limit);
  let scanned = 0;
  let batch = FIRST_BATCH;
  let reachedAtMs: number | null = state.after?.atMs ?? null;
  while (taken.length < request.limit && !state.exhausted && scanned < SCAN_BUDGET) {
    const topMs = state.after?.atMs ?? state.toMs ?? state.ceilingMs ?? state.nowMs;
    const bounds = windowBounds(state.window, topMs, state.fromMs ?? state.floorMs);
    // The position's time as the upper bound too: the cluster then reads only the window's events.
    const toMs = state.after ? state.after.atMs : state.toMs;
    const events: ScannedActivity[] = await deps.source.scanActivity(
      {
        clientId: request.clientId,
        ...(bounds.fromMs === undefined ? {} : { fromMs: bounds.fromMs }),
        ...(toMs === null ? {} : { toMs }),
        direction: 'desc',
        ...(state.after ? { after: state.after } : {}),
        size: batch,
      },
      deps.options,
    );
    scanned += events.length;
    for (const event of events) grouper.push(event);
    const last = events.at(-1);
    if (last) {
      state.after = { atMs: last.atMs, id: last.id } satisfies ScanPosition;
      reachedAtMs = last.atMs;
    }
    if (events.length === batch) {
      state.window = { ...state.window, lowMs: bounds.fromMs ?? null };
    } else if (!bounds.reachesStart && bounds.fromMs !== undefined) {
      state.window = nextWindow(bounds.fromMs, events.length, batch, state.window);
    } else {
      const beyond =
        state.fromMs === null
          ? {}
          : await nearestBeyond(deps, request.clientId, {
              direction: 'desc',
              fromMs: state.fromMs - reachMs(gapMs),
              toMs: state.fromMs - 1,
            });
      grouper.finishAll(beyond);
      state.exhausted = true;
    }
    taken.push(...grouper.take(request.limit - taken.length));
    batch = Math.min(batch * 2, MAX_SCAN_SIZE);
  }
  const more = !state.exhausted || grouper.pending() > 0;
  return {
    ...unpack(taken),
    nextCursor: more ? deps.cursors.seal({ ...state, grouper: grouper.state() }, binding) : null,
    scannedEvents: scanned,
    truncated: taken.length < request.limit && more,
    reachedAt: reachedAtMs === null ? null : new Date(reachedAtMs).toISOString(),
    gapMinutes: request.gapMinutes,
    tookMs: performance.now() - started,
  };
}

/**
 * The client's activity span for the sides the range leaves open. A client without activity gets a
 * floor of now: the one read that follows is bounded and finds nothing.
 */
async function openSides(
  deps: SessionPagerDeps,
  clientId: string,
  range: { fromMs?: number; toMs?: number },
): Promise<Pick<PagerState, 'floorMs' | 'ceilingMs'>> {
  if (range.fromMs !== undefined && range.toMs !== undefined) return { floorMs: null, ceilingMs: null };
  const { activity } = await deps.source.clientFacts(clientId, undefined, deps.options);
  return {
    floorMs: range.fromMs === undefined ? (activity.overallFirstMs ?? activity.firstMs ?? deps.nowMs) : null,
    ceilingMs: range.toMs === undefined ? (activity.overallLastMs ?? activity.lastMs) : null,
  };
}

async function firstState(deps: SessionPagerDeps, request: SessionPageRequest, gapMs: number): Promise<PagerState> {
  const range = resolveTimeRange(request.timeRange, deps.nowMs);
  const sides = await openSides(deps, request.clientId, range);
  const edge =
    range.toMs === undefined
      ? {}
      : await nearestBeyond(deps, request.clientId, {
          direction: 'asc',
          fromMs: range.toMs + 1,
          toMs: range.toMs + reachMs(gapMs),
        });
  return {
    fromMs: range.fromMs ?? null,
    toMs: range.toMs ?? null,
    nowMs: deps.nowMs,
    ...sides,
    after: null,
    exhausted: false,
    window: firstWindow(),
    grouper: emptyGrouperState(edge),
  };
}

/** The sessions, and each logging gap at their edges once (a gap ends one session and starts the next). */
function unpack(taken: readonly TakenSession[]): Pick<SessionPage, 'sessions' | 'gaps'> {
  const gaps = new Map<string, LoggingGap>();
  for (const { gaps: edges } of taken) for (const gap of edges) gaps.set(`${gap.lastEventId}|${gap.nextEventId}`, gap);
  return { sessions: taken.map(({ session }) => session), gaps: [...gaps.values()] };
}
