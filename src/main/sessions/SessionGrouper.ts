import type { SourceApp } from '../../shared/domain/clientActivity';
import type { LoggingGap, Session, SessionEndReason, SessionStartReason } from '../../shared/domain/sessions';
import type { ScannedActivity } from '../../shared/query/clientQueries';
import {
  classify,
  closesSession,
  cover,
  covers,
  endWithoutNeighbour,
  freshCoverage,
  gapStillPossible,
  laneKey,
  laneOf,
  reach,
  startWithoutNeighbour,
  type Coverage,
  type EventMark,
} from './sessionRules';

/** A session being built: its span so far, what it holds, and the reasons known on either side. */
export interface Draft {
  /** Internal: the lane and the event it was opened at. */
  ref: string;
  key: string;
  sourceApp: SourceApp;
  manager: { id: string; name: string | null } | null;
  first: EventMark;
  last: EventMark;
  eventCount: number;
  matchedCount: number;
  device: string | null;
  ip: string | null;
  startReason: SessionStartReason | null;
  endReason: SessionEndReason | null;
  final: boolean;
  gaps: LoggingGap[];
}

/** The last event walked in a lane, the session it belongs to while open, and the other apps since. */
interface Frontier {
  event: EventMark;
  coverage: Coverage;
  draft: string | null;
}

/** Everything needed to carry on where a page stopped: plain JSON, sealed into the page's cursor. */
export interface GrouperState {
  walkAtMs: number | null;
  /** Sessions not handed out yet, in the order they were opened. */
  drafts: Draft[];
  frontiers: Record<string, Frontier>;
  /** Each lane's nearest event beyond the edge the walk started from, until the lane shows up. */
  edge: Record<string, EventMark>;
}

/** A finished session with the possible logging gaps that end or start it. */
export interface TakenSession {
  session: Session;
  gaps: LoggingGap[];
}

export interface GrouperConfig {
  direction: 'asc' | 'desc';
  gapMs: number;
  nowMs: number;
  /** Whether a finished session is one the page lists (its lane is shown and it holds a match). */
  listed: (draft: Draft) => boolean;
}

export const emptyGrouperState = (edge: Record<string, EventMark> = {}): GrouperState => ({
  walkAtMs: null,
  drafts: [],
  frontiers: {},
  edge,
});

/** A copy of a record without one key (the state stays plain JSON). */
const without = <T>(record: Record<string, T>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));

const mark = (event: ScannedActivity): EventMark => ({ id: event.id, atMs: event.atMs, eventName: event.eventName });
const appOf = (key: string) => key.slice('client:'.length);

/** (time, id) order of session starts: positive when a starts after b. */
const compareStarts = (a: Draft, b: Draft) =>
  a.first.atMs - b.first.atMs || (a.first.id < b.first.id ? -1 : a.first.id > b.first.id ? 1 : 0);

/**
 * Groups a client's events into sessions while they are walked in time order, newest first (`desc`) or
 * oldest first (`asc`), and hands out finished sessions in start order as soon as no session still open
 * could come before them. Every decision rests on pairs of neighbouring events (see sessionRules), so both
 * directions, any page boundary and both engines give the same sessions.
 */
export class SessionGrouper {
  constructor(
    private readonly config: GrouperConfig,
    private readonly current: GrouperState = emptyGrouperState(),
  ) {}

  state(): GrouperState {
    return this.current;
  }

  push(event: ScannedActivity): void {
    const { direction, gapMs, nowMs } = this.config;
    this.advance(event.atMs);
    const key = laneKey(event);
    const lane = laneOf(key);
    const here = mark(event);
    const frontier = this.current.frontiers[key];
    let draft = frontier?.draft ? this.find(frontier.draft) : undefined;
    if (frontier) {
      const [older, newer] = direction === 'desc' ? [here, frontier.event] : [frontier.event, here];
      const verdict = classify(lane, older, newer, gapMs, covers(frontier.coverage, here.atMs, gapMs));
      if (!verdict.same || !draft || draft.final) {
        const reasons = verdict.same
          ? { endReason: 'inactivity' as const, startReason: startWithoutNeighbour(newer), loggingGap: false }
          : verdict;
        const opened = this.open(key, event);
        const [olderDraft, newerDraft] = direction === 'desc' ? [opened, draft] : [draft, opened];
        if (olderDraft) olderDraft.endReason = reasons.endReason;
        if (newerDraft) newerDraft.startReason = reasons.startReason;
        if (draft && !draft.final) this.finish(draft);
        if (reasons.loggingGap && olderDraft && newerDraft) {
          const gap = loggingGap(olderDraft.sourceApp, older, newer, frontier.coverage.count);
          olderDraft.gaps.push(gap);
          newerDraft.gaps.push(gap);
        }
        draft = opened;
      }
    } else {
      draft = this.open(key, event);
      const neighbour = this.current.edge[key];
      this.current.edge = without(this.current.edge, key);
      if (direction === 'desc') {
        draft.endReason = neighbour ? endFrom(lane, here, neighbour, gapMs) : endWithoutNeighbour(here, gapMs, nowMs);
      } else {
        draft.startReason = neighbour ? startFrom(lane, neighbour, here, gapMs) : startWithoutNeighbour(here);
      }
    }
    this.add(draft, event);
    if (direction === 'asc' && closesSession(here)) {
      draft.endReason = endWithoutNeighbour(here, gapMs, nowMs);
      this.finish(draft);
    }
    this.coverOthers(key, event);
    this.current.frontiers[key] = {
      event: here,
      coverage: freshCoverage(here.atMs),
      draft: draft.final ? null : draft.ref,
    };
  }

  /**
   * No events remain on the walk's side of the range: every open session ends here, at the far edge,
   * where `beyond` holds each lane's nearest event past it (none for an open-ended range).
   */
  finishAll(beyond: Record<string, EventMark>): void {
    const { direction, gapMs, nowMs } = this.config;
    for (const draft of [...this.current.drafts]) {
      if (draft.final) continue;
      const lane = laneOf(draft.key);
      const neighbour = beyond[draft.key];
      if (direction === 'desc') {
        draft.startReason = neighbour
          ? startFrom(lane, neighbour, draft.first, gapMs)
          : startWithoutNeighbour(draft.first);
      } else {
        draft.endReason = neighbour
          ? endFrom(lane, draft.last, neighbour, gapMs)
          : endWithoutNeighbour(draft.last, gapMs, nowMs);
      }
      this.finish(draft);
    }
    this.current.frontiers = {};
  }

  /** Up to `limit` finished sessions, in start order, that no open session can precede any more. */
  take(limit: number): TakenSession[] {
    const out: TakenSession[] = [];
    while (out.length < limit) {
      const next = this.nextReady();
      if (!next) break;
      this.current.drafts.splice(this.current.drafts.indexOf(next), 1);
      out.push({ session: toSession(next), gaps: next.gaps });
    }
    return out;
  }

  /** Sessions finished or open, not handed out yet. */
  pending(): number {
    return this.current.drafts.length;
  }

  private nextReady(): Draft | undefined {
    const { drafts } = this.current;
    if (this.config.direction === 'asc') return drafts[0]?.final ? drafts[0] : undefined;
    let best: Draft | undefined;
    for (const draft of drafts) if (draft.final && (!best || compareStarts(draft, best) > 0)) best = draft;
    if (!best) return undefined;
    const chosen = best;
    return drafts.every((draft) => draft.final || compareStarts(draft, chosen) < 0) ? chosen : undefined;
  }

  /** The walk reached `atMs`: sessions no neighbour can join any more are finished, their lanes forgotten. */
  private advance(atMs: number): void {
    const { direction, gapMs } = this.config;
    this.current.walkAtMs = atMs;
    for (const [key, frontier] of Object.entries(this.current.frontiers)) {
      const lane = laneOf(key);
      const beyond = direction === 'desc' ? frontier.event.atMs - atMs : atMs - frontier.event.atMs;
      if (beyond <= reach(lane, frontier.event, direction, gapMs)) continue;
      if (gapStillPossible(lane, frontier.event, direction, frontier.coverage, atMs, gapMs)) continue;
      const draft = frontier.draft ? this.find(frontier.draft) : undefined;
      if (draft && !draft.final) {
        if (direction === 'desc') draft.startReason = startWithoutNeighbour(frontier.event);
        else draft.endReason = endWithoutNeighbour(frontier.event, gapMs, this.config.nowMs);
        this.finish(draft);
      }
      this.current.frontiers = without(this.current.frontiers, key);
    }
  }

  private coverOthers(key: string, event: ScannedActivity): void {
    if (event.actorType === 'manager') return;
    for (const [other, frontier] of Object.entries(this.current.frontiers)) {
      if (other === key || laneOf(other) !== 'client' || appOf(other) === event.sourceApp) continue;
      cover(frontier.coverage, mark(event), this.config.gapMs);
    }
  }

  private open(key: string, event: ScannedActivity): Draft {
    const draft: Draft = {
      ref: `${key}|${event.id}`,
      key,
      sourceApp: event.sourceApp,
      manager: laneOf(key) === 'manager' ? { id: event.actorId ?? '', name: null } : null,
      first: mark(event),
      last: mark(event),
      eventCount: 0,
      matchedCount: 0,
      device: null,
      ip: null,
      startReason: null,
      endReason: null,
      final: false,
      gaps: [],
    };
    this.current.drafts.push(draft);
    return draft;
  }

  private add(draft: Draft, event: ScannedActivity): void {
    const earlier = this.config.direction === 'desc';
    if (earlier) draft.first = mark(event);
    else draft.last = mark(event);
    draft.eventCount += 1;
    if (event.matched) draft.matchedCount += 1;
    // The first event naming a device or address wins: walking back, each earlier one replaces it.
    if (event.device !== null && (earlier || draft.device === null)) draft.device = event.device;
    if (event.ip !== null && (earlier || draft.ip === null)) draft.ip = event.ip;
    if (draft.manager && event.actorName !== null && (earlier || draft.manager.name === null)) {
      draft.manager.name = event.actorName;
    }
  }

  private finish(draft: Draft): void {
    draft.final = true;
    if (!this.config.listed(draft)) this.current.drafts.splice(this.current.drafts.indexOf(draft), 1);
  }

  private find(ref: string): Draft | undefined {
    return this.current.drafts.find((draft) => draft.ref === ref);
  }
}

function startFrom(lane: 'client' | 'manager', older: EventMark, first: EventMark, gapMs: number): SessionStartReason {
  const verdict = classify(lane, older, first, gapMs, false);
  return verdict.same ? 'rangeStart' : verdict.startReason;
}

function endFrom(lane: 'client' | 'manager', last: EventMark, newer: EventMark, gapMs: number): SessionEndReason {
  const verdict = classify(lane, last, newer, gapMs, false);
  return verdict.same ? 'rangeEnd' : verdict.endReason;
}

function loggingGap(sourceApp: SourceApp, older: EventMark, newer: EventMark, otherEvents: number): LoggingGap {
  return {
    sourceApp,
    from: new Date(older.atMs).toISOString(),
    to: new Date(newer.atMs).toISOString(),
    lastEventId: older.id,
    nextEventId: newer.id,
    otherEvents,
  };
}

function toSession(draft: Draft): Session {
  return {
    id: `${draft.key}|${draft.first.id}`,
    lane: laneOf(draft.key),
    sourceApp: draft.sourceApp,
    manager: draft.manager,
    start: new Date(draft.first.atMs).toISOString(),
    end: new Date(draft.last.atMs).toISOString(),
    durationMs: draft.last.atMs - draft.first.atMs,
    eventCount: draft.eventCount,
    matchedCount: draft.matchedCount,
    firstEventId: draft.first.id,
    lastEventId: draft.last.id,
    startReason: draft.startReason ?? startWithoutNeighbour(draft.first),
    endReason: draft.endReason ?? 'inactivity',
    device: draft.device,
    ip: draft.ip,
  };
}
