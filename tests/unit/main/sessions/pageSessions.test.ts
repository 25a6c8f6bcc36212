import { describe, expect, it } from 'vitest';
import { pageSessions, type SessionPageRequest } from '../../../../src/main/sessions/pageSessions';
import { SessionGrouper } from '../../../../src/main/sessions/SessionGrouper';
import { CursorEnvelope } from '../../../../src/main/sources/cursorEnvelope';
import type { Session } from '../../../../src/shared/domain/sessions';
import type { ActivityScan, ClientFacts, ScannedActivity } from '../../../../src/shared/query/clientQueries';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const END = Date.parse('2025-06-30T00:00:00Z');
const NOW = END + 500 * DAY;
const cursors = new CursorEnvelope();

/** A client's history: `perDay` visits a day over `days` days before END, each a login, a view and a logout. */
function history(days: number, perDay: number): ScannedActivity[] {
  const events: ScannedActivity[] = [];
  for (let day = 0; day < days; day += 1) {
    for (let visit = 0; visit < perDay; visit += 1) {
      const start = END - (day + 1) * DAY + visit * Math.floor(DAY / perDay);
      ['client.logged_in', 'client.viewed_dashboard', 'client.logged_out'].forEach((eventName, step) => {
        events.push({
          id: `d${day}v${visit}s${step}`,
          atMs: start + step * MIN,
          sourceApp: 'tradersroom',
          actorType: 'client',
          actorId: null,
          actorName: null,
          eventName,
          ip: null,
          device: null,
          matched: true,
        });
      });
    }
  }
  return events;
}

const newestFirst = (a: ScannedActivity, b: ScannedActivity) => b.atMs - a.atMs || (a.id < b.id ? 1 : -1);

/** An engine over memory that honours a scan's bounds, position and size, and counts what it visits. */
function memorySource(events: readonly ScannedActivity[]) {
  const scans: { scan: ActivityScan; visited: number }[] = [];
  const newest = [...events].sort(newestFirst);
  const oldest = [...newest].reverse();
  return {
    scans,
    source: {
      kind: 'embedded' as const,
      /** Only the activity span is read by the pager; the rest is what a client without logs has. */
      clientFacts(): Promise<ClientFacts> {
        const firstMs = oldest[0]?.atMs ?? null;
        const lastMs = newest[0]?.atMs ?? null;
        const span = { count: events.length, firstMs, lastMs, overallFirstMs: firstMs, overallLastMs: lastMs };
        const none = { count: 0, firstMs: null, lastMs: null, overallFirstMs: null, overallLastMs: null };
        return Promise.resolve({
          name: null,
          email: null,
          operational: none,
          activity: { ...span, sourceApps: [], actorTypes: [], managers: [], otherManagers: 0 },
        });
      },
      scanActivity(scan: ActivityScan): Promise<ScannedActivity[]> {
        const inRange = (scan.direction === 'desc' ? newest : oldest).filter(
          (event) =>
            (scan.fromMs === undefined || event.atMs >= scan.fromMs) &&
            (scan.toMs === undefined || event.atMs <= scan.toMs),
        );
        const after = scan.after;
        const sign = scan.direction === 'desc' ? 1 : -1;
        const beyond = after
          ? inRange.filter(
              (event) =>
                sign * (after.atMs - event.atMs || (after.id < event.id ? -1 : after.id > event.id ? 1 : 0)) > 0,
            )
          : inRange;
        scans.push({ scan, visited: inRange.length });
        return Promise.resolve(beyond.slice(0, scan.size));
      },
    },
  };
}

async function walk(events: readonly ScannedActivity[], request: Omit<SessionPageRequest, 'cursor'>) {
  const memory = memorySource(events);
  const pages: Session[][] = [];
  let cursor: string | undefined;
  do {
    const page = await pageSessions(
      { source: memory.source, cursors, options: { operatorId: 'op-1' }, nowMs: NOW },
      { ...request, ...(cursor ? { cursor } : {}) },
    );
    pages.push(page.sessions);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 1_000);
  return { pages, scans: memory.scans };
}

function reference(events: readonly ScannedActivity[]): string[] {
  const grouper = new SessionGrouper({ direction: 'desc', gapMs: 30 * MIN, nowMs: NOW, listed: () => true });
  for (const event of [...events].sort(newestFirst)) grouper.push(event);
  grouper.finishAll({});
  return grouper.take(100_000).map((taken) => taken.session.firstEventId);
}

const request = { clientId: 'c1', gapMinutes: 30, lanes: ['client', 'manager'] as const, limit: 25 };

describe('paging a client history window by window', () => {
  it('reads a heavy client in time windows: the first page visits a small part of the history', async () => {
    const heavy = history(90, 200); // 54,000 events
    const ranged = {
      ...request,
      timeRange: { kind: 'absolute', from: new Date(END - 90 * DAY).toISOString(), to: new Date(END).toISOString() },
    } as const;
    const memory = memorySource(heavy);
    const first = await pageSessions({ source: memory.source, cursors, options: {}, nowMs: NOW }, ranged);
    expect(first.sessions).toHaveLength(25);
    const visited = memory.scans.reduce((sum, entry) => sum + entry.visited, 0);
    expect(visited).toBeLessThan(heavy.length / 20);
  });

  it('pages a ranged history into the same sessions as one unbounded read', async () => {
    const events = history(20, 100);
    const { pages } = await walk(events, {
      ...request,
      timeRange: { kind: 'absolute', from: new Date(END - 20 * DAY).toISOString(), to: new Date(END).toISOString() },
    });
    expect(pages.flat().map((session) => session.firstEventId)).toEqual(reference(events));
  });

  it('finds the same sessions as one unbounded read, for a heavy, a light and a far older history', async () => {
    const cases = [history(30, 50), history(200, 1), history(3, 2).map((e) => ({ ...e, atMs: e.atMs - 700 * DAY }))];
    for (const events of cases) {
      const { pages } = await walk(events, request);
      expect(pages.flat().map((session) => session.firstEventId)).toEqual(reference(events));
    }
  });

  it('crosses a light history in a few reads, each window wider than the last while they come back sparse', async () => {
    const light = history(80, 1);
    const { scans } = await walk(light, request);
    expect(scans.length).toBeLessThanOrEqual(8);
    // Each read starts below the last one, and the windows widen while they come back sparse.
    const lows = scans.map((entry) => entry.scan.fromMs);
    // The first read starts a day below the client's last event, not below now.
    const lastMs = Math.max(...light.map((event) => event.atMs));
    const firstMs = Math.min(...light.map((event) => event.atMs));
    expect(lows[0]).toBe(lastMs - DAY);
    const defined = lows.filter((low): low is number => low !== undefined);
    const widths = defined.slice(1).map((low, at) => (defined[at] ?? 0) - low);
    expect(widths.length).toBeGreaterThan(2);
    for (let at = 1; at < widths.length; at += 1) expect(widths[at]).toBeGreaterThan(widths[at - 1] ?? 0);
    // The last read opens down to the start: the range has none, so the client's first event.
    expect(lows.at(-1)).toBe(firstMs);
  });

  it('reads a history that ended long ago with no range in a few reads, each bounded by the client', async () => {
    const old = history(40, 2).map((event) => ({ ...event, atMs: event.atMs - 3 * 366 * DAY }));
    const firstMs = Math.min(...old.map((event) => event.atMs));
    const lastMs = Math.max(...old.map((event) => event.atMs));
    const { pages, scans } = await walk(old, request);
    expect(pages.flat().map((session) => session.firstEventId)).toEqual(reference(old));
    // Every read of the walk has a lower bound, none below the client's first event.
    const lows = scans.map((entry) => entry.scan.fromMs);
    expect(lows.every((low) => low !== undefined && low >= firstMs)).toBe(true);
    // The first read starts at the client's last event, not three years of empty windows above it.
    expect(lows[0]).toBe(lastMs - DAY);
    expect(scans.length).toBeLessThanOrEqual(6);
  });

  it('reads nothing unbounded for a client without activity', async () => {
    const { pages, scans } = await walk([], request);
    expect(pages.flat()).toEqual([]);
    expect(scans.every((entry) => entry.scan.fromMs !== undefined)).toBe(true);
  });
});
