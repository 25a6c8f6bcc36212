import { describe, expect, it } from 'vitest';
import { SessionGrouper } from '../../../../src/main/sessions/SessionGrouper';
import type { Session } from '../../../../src/shared/domain/sessions';
import type { ScannedActivity } from '../../../../src/shared/query/clientQueries';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const MIN = 60_000;
const GAP = 30 * MIN;
const NOW = T0 + 10 * 24 * 60 * MIN;

let serial = 0;
function event(minute: number, eventName: string, overrides: Partial<ScannedActivity> = {}): ScannedActivity {
  serial += 1;
  return {
    id: `e${String(serial).padStart(4, '0')}`,
    atMs: T0 + minute * MIN,
    sourceApp: 'tradersroom',
    actorType: eventName.startsWith('system.') ? 'system' : 'client',
    actorId: null,
    actorName: null,
    eventName,
    ip: null,
    device: null,
    matched: true,
    ...overrides,
  };
}

/** Every event walked in one direction, all sessions out, in start order. */
function group(events: readonly ScannedActivity[], direction: 'asc' | 'desc'): Session[] {
  const grouper = new SessionGrouper({ direction, gapMs: GAP, nowMs: NOW, listed: () => true });
  const ordered = [...events].sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : 1));
  for (const item of direction === 'asc' ? ordered : ordered.reverse()) grouper.push(item);
  grouper.finishAll({});
  const sessions = grouper.take(1_000).map((taken) => taken.session);
  expect(grouper.pending()).toBe(0);
  return sessions.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

describe('session grouping', () => {
  const day = [
    event(0, 'client.logged_in', { ip: '192.0.2.7', device: 'desktop' }),
    event(5, 'client.viewed_dashboard'),
    event(12, 'client.logged_out'),
    // A visit without a login, after a pause longer than the gap.
    event(90, 'client.viewed_dashboard'),
    event(100, 'client.viewed_dashboard'),
    // Token expiry closes it.
    event(125, 'system.session_expired'),
    // A new login 10 minutes after the last event: a new session although the gap is not reached.
    event(300, 'client.logged_in'),
    event(305, 'client.viewed_dashboard'),
    event(310, 'client.logged_in'),
    // The mobile app, meanwhile, is its own lane.
    event(301, 'client.logged_in', { sourceApp: 'crm' }),
    event(302, 'client.logged_out', { sourceApp: 'crm' }),
    // A manager's visit is a lane of its own.
    event(303, 'manager.viewed_client', { actorType: 'manager', actorId: 'm1', actorName: 'Mira Keller' }),
  ];

  it('splits on logout, token expiry, a new login and the inactivity gap, per app and per manager', () => {
    const sessions = group(day, 'desc');
    const summary = sessions.map((s) => [s.lane, s.sourceApp, s.eventCount, s.startReason, s.endReason]);
    expect(summary).toEqual([
      ['client', 'tradersroom', 3, 'login', 'logout'],
      ['client', 'tradersroom', 3, 'activity', 'tokenExpiry'],
      ['client', 'tradersroom', 2, 'login', 'newLogin'],
      ['client', 'crm', 2, 'login', 'logout'],
      ['manager', 'tradersroom', 1, 'activity', 'inactivity'],
      ['client', 'tradersroom', 1, 'login', 'inactivity'],
    ]);
    expect(sessions[0]).toMatchObject({ ip: '192.0.2.7', device: 'desktop', durationMs: 12 * MIN });
    expect(sessions[4]?.manager).toEqual({ id: 'm1', name: 'Mira Keller' });
  });

  it('groups alike walking forwards and backwards', () => {
    expect(group(day, 'asc')).toEqual(group(day, 'desc'));
  });

  it('names a possible logging gap when one app goes silent while another keeps logging', () => {
    const events = [event(0, 'client.logged_in'), event(1, 'client.logged_in', { sourceApp: 'crm' })];
    for (let minute = 5; minute <= 80; minute += 5) events.push(event(minute, 'client.viewed_dashboard'));
    events.push(event(2, 'client.viewed_dashboard', { sourceApp: 'crm' }));
    events.push(event(70, 'client.viewed_dashboard', { sourceApp: 'crm' }));
    const mobile = group(events, 'desc').filter((s) => s.sourceApp === 'crm');
    expect(mobile.map((s) => [s.endReason, s.startReason])).toEqual([
      ['loggingGap', 'login'],
      ['inactivity', 'loggingGap'],
    ]);
    expect(group(events, 'asc')).toEqual(group(events, 'desc'));
  });

  it('ends a session still within the gap of now as open', () => {
    const grouper = new SessionGrouper({ direction: 'desc', gapMs: GAP, nowMs: T0 + 10 * MIN, listed: () => true });
    grouper.push(event(0, 'client.logged_in'));
    grouper.finishAll({});
    expect(grouper.take(5).map((taken) => taken.session.endReason)).toEqual(['open']);
  });
});
