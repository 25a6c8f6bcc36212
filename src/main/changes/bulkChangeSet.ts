import type { BulkChangeSet, BulkFieldChange, BulkMember } from '../../shared/contract/changeChannels';
import type { DiffCell } from '../../shared/domain/changeDiff';
import type { ClientActivity } from '../../shared/domain/clientActivity';
import type { BulkOperationActors } from './bulkActors';
import { quotedInSentence, shownInSentence } from '../../shared/domain/shownInSentence';
import { cutToCell, kindOf } from './compareValues';
import { hiddenByRedaction } from './hiddenByRedaction';

/** How a member's change reads when compared with others: its target type, fields and the values it set. */
function signature(event: ClientActivity): string {
  const change = event.change;
  if (!change) return 'unreadable';
  return JSON.stringify([change.target.type, [...change.changedFields].sort(), sortedEntries(change.after)]);
}

function sortedEntries(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

function mostCommon<T>(values: readonly T[], key: (value: T) => string): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value)) ?? { value, count: 0 };
    entry.count += 1;
    counts.set(key(value), entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.value;
}

/** How many of `items` share each key. */
function groupCount<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** A value as the page's cells carry it: cut as a diff's cell is, so one long value does not fill screens. */
function cellOf(field: string, value: unknown): DiffCell | null {
  if (hiddenByRedaction([field], value)) return null;
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return cutToCell(kindOf(value), text);
}

/** A value as a sentence quotes it: a text in quotes, anything else as JSON, either cut as every sentence cuts one. */
function valueInSentence(value: unknown): string {
  if (value === undefined) return 'no value';
  return typeof value === 'string' ? quotedInSentence(value) : shownInSentence(JSON.stringify(value));
}

/** In words, how one member's change differs from the common one; null when it does not. */
function difference(event: ClientActivity, common: ClientActivity | undefined): string | null {
  const change = event.change;
  if (!change) return `its change cannot be read${event.changeIssue ? ` (${event.changeIssue.reason})` : ''}`;
  const usual = common?.change;
  if (!usual || signature(event) === signature(common)) return null;
  const parts: string[] = [];
  if (change.target.type !== usual.target.type)
    parts.push(`changes a ${change.target.type}, not a ${usual.target.type}`);
  const fields = new Set([...change.changedFields, ...usual.changedFields]);
  for (const field of [...fields].sort()) {
    const mine = change.after[field];
    const theirs = usual.after[field];
    if (!change.changedFields.includes(field)) parts.push(`leaves ${field} unchanged`);
    else if (!usual.changedFields.includes(field)) parts.push(`also changes ${field}`);
    else if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
      const hidden = hiddenByRedaction([field], mine) || hiddenByRedaction([field], theirs);
      parts.push(
        hidden
          ? `sets ${field} to another hidden value`
          : `sets ${field} to ${valueInSentence(mine)}, not ${valueInSentence(theirs)}`,
      );
    }
  }
  return parts.length > 0 ? parts.join('; ') : 'differs in how its change is recorded';
}

/**
 * How many of the values a field's change replaced are listed, the most common first: an operation over
 * thousands of clients each with a value of its own (a free-text note) is said as the rest's count, so its
 * page stays small.
 */
export const FROM_VALUES_LISTED = 20;

function fieldChanges(events: readonly ClientActivity[], common: ClientActivity | undefined): BulkFieldChange[] {
  const usual = common?.change;
  if (!usual) return [];
  return usual.changedFields.map((field) => {
    const to = usual.after[field];
    // Each replaced value with the clients that had it: a client its producer logged twice counts once.
    const from = new Map<string, { value: unknown; clients: Set<string> }>();
    for (const event of events) {
      if (!event.change || !(field in event.change.before)) continue;
      const value = event.change.before[field];
      const entry = from.get(JSON.stringify(value)) ?? { value, clients: new Set<string>() };
      entry.clients.add(event.clientId);
      from.set(JSON.stringify(value), entry);
    }
    const hidden = hiddenByRedaction([field], to);
    const replaced = [...from.values()].sort((a, b) => b.clients.size - a.clients.size);
    const others = replaced.slice(FROM_VALUES_LISTED);
    return {
      field,
      to: cellOf(field, to),
      hidden,
      from: replaced
        .slice(0, FROM_VALUES_LISTED)
        .map((entry) => ({ value: cellOf(field, entry.value), clients: entry.clients.size })),
      otherFrom:
        others.length > 0
          ? { values: others.length, clients: new Set(others.flatMap((entry) => [...entry.clients])).size }
          : null,
    };
  });
}

/** A bulk change set as the events alone tell it: its members not yet named (the service names them). */
export type UnnamedBulkChangeSet = Omit<BulkChangeSet, 'members'> & { members: Omit<BulkMember, 'clientName'>[] };

/** What is counted over every event of an operation, not only over those read: its size and its end. */
export interface BulkOperationTotals {
  events: number;
  clients: number;
  /** When its newest event was logged. */
  endedAt: string;
  /** Who acted over every event; else they are named from the events read. */
  actors?: BulkOperationActors;
}

/**
 * One bulk operation as a single change set: what it changed (the values most members got, and what
 * they replaced), by whom, when, over how many clients, each member with a link, and every member
 * whose change differs from the rest said in words. Sizes and actors that disagree are noted. Its
 * events, clients and actors are `totals` when given (counted over the whole operation while `events`
 * holds only its first ones), else counted over `events`.
 */
export function bulkChangeSet(
  bulkId: string,
  events: readonly ClientActivity[],
  truncated: boolean,
  totals?: BulkOperationTotals,
): UnnamedBulkChangeSet {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) throw new Error('A bulk change set needs at least one event');
  const common = mostCommon(
    events.filter((event) => event.change),
    signature,
  );
  const members: UnnamedBulkChangeSet['members'] = events.map((event) => ({
    clientId: event.clientId,
    eventId: event.id,
    createdAt: event.createdAt,
    difference: difference(event, common),
  }));
  const actors = new Map<string, { id: string | null; name: string | null; events: number }>();
  for (const event of events) {
    const key = `${event.actorId ?? ''}\u0000${event.actorName ?? ''}`;
    const entry = actors.get(key) ?? { id: event.actorId, name: event.actorName, events: 0 };
    entry.events += 1;
    actors.set(key, entry);
  }
  const sizes = new Set(events.map((event) => event.change?.bulkSize ?? null));
  const clients = totals?.clients ?? new Set(events.map((event) => event.clientId)).size;
  const [declared] = sizes.size === 1 ? [...sizes] : [null];
  // What is said of the events read is said of "it" only when they are all of it.
  const among = truncated ? ` among its first ${events.length} events` : '';
  const notes: string[] = [];
  if (sizes.size > 1) notes.push(`Its events disagree on its size${among}: ${[...sizes].map(String).join(', ')}.`);
  else if (declared !== null && declared !== undefined && declared !== clients && (!truncated || totals))
    notes.push(`Its events say it changed ${declared} clients, but ${clients} are in the log.`);
  const whole = totals?.actors;
  if (whole) {
    if (whole.people > 1) notes.push(`${whole.people} different people appear as its actor.`);
  } else if (actors.size > 1) notes.push(`${actors.size} different people appear as its actor${among}.`);
  const repeated = [...groupCount(events, (event) => event.clientId).values()].filter((count) => count > 1).length;
  // Past the events read, which clients repeat is not known, only that some do.
  if (truncated && totals && totals.events > totals.clients)
    notes.push(`Its ${totals.events} events name ${totals.clients} clients: some clients appear in it more than once.`);
  if (repeated > 0)
    notes.push(`${repeated} ${repeated === 1 ? 'client appears' : 'clients appear'} in it more than once${among}.`);
  return {
    bulkId,
    declaredSize: declared ?? null,
    events: totals?.events ?? events.length,
    clients,
    actors: whole?.actors ?? [...actors.values()].sort((a, b) => b.events - a.events),
    otherActors: whole?.otherActors ?? 0,
    startedAt: first.createdAt,
    endedAt: totals?.endedAt ?? last.createdAt,
    targetTypes: [...new Set(events.flatMap((event) => (event.change ? [event.change.target.type] : [])))],
    fields: fieldChanges(events, common),
    members,
    outliers: members.filter((member) => member.difference !== null).length,
    notes,
    truncated,
  };
}
