import { describe, expect, it } from 'vitest';
import { bulkChangeSet, FROM_VALUES_LISTED } from '../../../../src/main/changes/bulkChangeSet';
import { managerEdit } from './activityEvent';

/** A bulk member's event for `clientId`, the `index`-th of operation b-1. */
const member = (clientId: string, index: number) =>
  managerEdit(
    { actionType: 'bulkUpdate', target: { type: 'client', id: clientId }, bulkId: 'b-1', changedFields: ['desk'] },
    { id: `ev-${index}`, clientId, createdAt: `2025-06-01T10:00:0${index}.000Z` },
  );

const notesOf = (clients: readonly string[]) =>
  bulkChangeSet(
    'b-1',
    clients.map((clientId, index) => member(clientId, index)),
    false,
  ).notes;

describe('a bulk operation whose events name a client more than once', () => {
  it.each([
    ['one client logged three times', ['c-1', 'c-1', 'c-1', 'c-2'], '1 client appears in it more than once.'],
    ['two clients logged twice each', ['c-1', 'c-1', 'c-2', 'c-2', 'c-3'], '2 clients appear in it more than once.'],
  ])('counts the clients repeated, not the events beyond one a client: %s', (_, clients, note) => {
    expect(notesOf(clients)).toContain(note);
  });

  it('says nothing of repeats when each client is logged once', () => {
    expect(notesOf(['c-1', 'c-2', 'c-3']).filter((note) => note.includes('more than once'))).toEqual([]);
  });
});

describe('what a bulk operation replaced, when a client is logged more than once', () => {
  /** A member that moved `clientId` from `desk` to VIP. */
  const moved = (clientId: string, desk: string, index: number) =>
    managerEdit(
      {
        actionType: 'bulkUpdate',
        target: { type: 'client', id: clientId },
        bulkId: 'b-1',
        changedFields: ['desk'],
        before: { desk },
        after: { desk: 'VIP' },
      },
      { id: `ev-${index}`, clientId, createdAt: `2025-06-01T10:00:0${index}.000Z` },
    );

  it('counts the clients that had each replaced value, a retried client once', () => {
    const events = [
      moved('c-1', 'Sales EN', 0),
      moved('c-1', 'Sales EN', 1),
      moved('c-1', 'Sales EN', 2),
      moved('c-2', 'Sales DE', 3),
      moved('c-3', 'Sales DE', 4),
    ];
    const [desk] = bulkChangeSet('b-1', events, false).fields;
    expect(desk?.from.map((from) => [from.value?.text, from.clients])).toEqual([
      ['Sales DE', 2],
      ['Sales EN', 1],
    ]);
    expect(desk?.otherFrom).toBeNull();
  });

  it('lists the most common replaced values and counts the rest, so a value per client stays a short page', () => {
    // Three clients came from Sales DE; 30 others each from a desk of its own, one of them logged twice.
    const events = [
      moved('c-de-1', 'Sales DE', 0),
      moved('c-de-2', 'Sales DE', 1),
      moved('c-de-3', 'Sales DE', 2),
      ...Array.from({ length: 30 }, (_, index) => moved(`c-${index}`, `Desk ${index}`, 3 + index)),
      moved('c-0', 'Desk 0', 40),
    ];
    const [desk] = bulkChangeSet('b-1', events, false).fields;
    expect(desk?.from).toHaveLength(FROM_VALUES_LISTED);
    expect(desk?.from[0]).toMatchObject({ value: { text: 'Sales DE' }, clients: 3 });
    expect(desk?.otherFrom).toEqual({ values: 31 - FROM_VALUES_LISTED, clients: 31 - FROM_VALUES_LISTED });
  });
});

describe('a bulk operation whose change set holds only its first events', () => {
  const clients = ['c-1', 'c-1', 'c-2'];
  const read = clients.map((clientId, index) => member(clientId, index));
  const totals = { events: 9, clients: 7, endedAt: '2025-06-01T10:05:00.000Z' };

  it('names the events, clients and end of the whole operation, not of the events read', () => {
    const set = bulkChangeSet('b-1', read, true, totals);
    expect([set.events, set.clients, set.endedAt, set.members.length]).toEqual([9, 7, totals.endedAt, 3]);
  });

  it('says a repeat it saw is among the first events, and that the whole operation repeats clients', () => {
    expect(bulkChangeSet('b-1', read, true, totals).notes).toEqual([
      'Its 9 events name 7 clients: some clients appear in it more than once.',
      '1 client appears in it more than once among its first 3 events.',
    ]);
  });
});
