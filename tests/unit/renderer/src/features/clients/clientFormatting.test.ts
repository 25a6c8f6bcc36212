import { describe, expect, it } from 'vitest';
import { actorName, eventLabel } from '../../../../../../src/renderer/src/features/clients/actorDisplay';
import {
  gapMarked,
  isCut,
  sessionDuration,
  sessionsSummary,
} from '../../../../../../src/renderer/src/features/clients/sessionFormat';
import { EVENT_CATALOG } from '../../../../../../src/shared/domain/eventCatalog';

describe('how the client page names actors and events', () => {
  it('names a manager by name and id, and says when either is missing', () => {
    expect(actorName({ actorType: 'manager', actorId: 'M7', actorName: 'Ann Lee' })).toBe('Ann Lee (M7)');
    expect(actorName({ actorType: 'manager', actorId: 'M7', actorName: null })).toBe('Manager (M7)');
    expect(actorName({ actorType: 'manager', actorId: null, actorName: 'Ann Lee' })).toBe('Ann Lee (no id)');
    expect(actorName({ actorType: 'client', actorId: 'C1', actorName: 'Zoë' })).toBe('Client');
    expect(actorName({ actorType: 'system', actorId: null, actorName: null })).toBe('System');
  });

  it('gives a catalog event its friendly name and glyph, and says when a name is not in the catalog', () => {
    const known = EVENT_CATALOG[0];
    if (!known) throw new Error('the event catalog is empty');
    expect(eventLabel(known.eventName)).toEqual({ icon: known.icon, label: known.label, known: true });
    expect(eventLabel('client.did_something_odd')).toEqual({
      icon: '?',
      label: 'client.did_something_odd (not in the catalog)',
      known: false,
    });
  });
});

describe('how the Sessions view writes a session', () => {
  it('reads a duration at a glance, from seconds to days', () => {
    expect(sessionDuration(0)).toBe('under 1 min');
    expect(sessionDuration(59_999)).toBe('under 1 min');
    expect(sessionDuration(60_000)).toBe('1 min');
    expect(sessionDuration(59 * 60_000)).toBe('59 min');
    expect(sessionDuration(61 * 60_000)).toBe('1 h 1 min');
    expect(sessionDuration(25 * 3_600_000 + 60_000)).toBe('1 d 1 h');
  });

  it('shows no duration for a value that cannot be one', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(sessionDuration(bad)).toBe('—');
  });

  it('counts the events read with the thousands separator the rest of the console uses', () => {
    expect(sessionsSummary({ sessions: [], gapMinutes: 30, scannedEvents: 1461 })).toBe(
      '0 sessions on this page · gap 30 min · 1,461 events read',
    );
    expect(sessionsSummary({ sessions: [], gapMinutes: 1440, scannedEvents: 1_234_567 })).toBe(
      '0 sessions on this page · gap 1,440 min · 1,234,567 events read',
    );
  });

  it('marks sessions cut by the range and those bounded by a logging gap', () => {
    expect(isCut({ startReason: 'rangeStart', endReason: 'logout' })).toBe(true);
    expect(isCut({ startReason: 'login', endReason: 'rangeEnd' })).toBe(true);
    expect(isCut({ startReason: 'login', endReason: 'logout' })).toBe(false);
    expect(gapMarked({ startReason: 'loggingGap', endReason: 'logout' })).toBe(true);
    expect(gapMarked({ startReason: 'login', endReason: 'inactivity' })).toBe(false);
  });
});
