import { isDeepStrictEqual } from 'node:util';
import type { DerivedField, EntityHistory, HistoryGap, HistoryStep } from '../../shared/contract/changeChannels';
import type { ClientActivity } from '../../shared/domain/clientActivity';
import { quotedInSentence, shownInSentence } from '../../shared/domain/shownInSentence';
import { cutToCell, kindOf } from './compareValues';
import { hiddenByRedaction } from './hiddenByRedaction';

interface Known {
  value: unknown;
  setBy: string;
}

/** The most characters a gap's sentence quotes of a value, its quotes among them. */
const SHOWN_VALUE_IN_GAP = 80;

/** A value as a gap's sentence quotes it: cut after whole characters, so an emoji is never split in two. */
function describeValue(value: unknown, hidden: boolean): string {
  if (hidden) return 'a hidden value';
  if (value === undefined) return 'no value';
  if (typeof value === 'string') return quotedInSentence(value, SHOWN_VALUE_IN_GAP - 2);
  return shownInSentence(JSON.stringify(value), SHOWN_VALUE_IN_GAP);
}

function shownField(field: string, known: Known): DerivedField {
  const hidden = hiddenByRedaction([field], known.value);
  const text =
    typeof known.value === 'object' && known.value !== null ? JSON.stringify(known.value) : String(known.value);
  // Cut as the edit's own diff cuts it: the state is listed beside that diff, and its edit's copy gives it whole.
  return { field, value: hidden ? null : cutToCell(kindOf(known.value), text), hidden, setBy: known.setBy };
}

/**
 * Steps through every edit of one entity, oldest first, carrying its known fields forward: a field is
 * known once an edit shows its value (a creation shows them all) and each edit moves it to its after
 * value. Where an edit's before disagrees with what the edits so far left, the log misses a change: a
 * gap, said with both values (or that they are hidden). An edit whose change cannot be read leaves the
 * fields it names unknown from there on.
 */
export function entityHistory(
  target: { type: string; id: string },
  events: readonly ClientActivity[],
  truncated: boolean,
): EntityHistory {
  const state = new Map<string, Known>();
  const steps: HistoryStep[] = events.map((event) => {
    const gaps: HistoryGap[] = [];
    const change = event.change;
    if (!change) {
      const names = event.changeIssue ? namesIn(event.changeIssue.raw) : [];
      for (const field of names) state.delete(field);
      gaps.push({
        field: names.join(', ') || '(all)',
        message: event.changeIssue
          ? `This edit's change cannot be read (${event.changeIssue.reason}): ${names.length > 0 ? `${names.join(', ')} are` : 'the entity is'} unknown from here on.`
          : 'This event carries no change record: what it changed is unknown.',
      });
      if (names.length === 0) state.clear();
    } else {
      if (change.actionType === 'create') state.clear();
      for (const [field, before] of Object.entries(change.before)) {
        const known = state.get(field);
        if (known && !isDeepStrictEqual(known.value, before)) {
          const hidden = hiddenByRedaction([field], known.value) || hiddenByRedaction([field], before);
          gaps.push({
            field,
            message: `The edits before this one left ${field} at ${describeValue(known.value, hidden)}, but this edit found ${describeValue(before, hidden)}: a change in between was not logged.`,
          });
        }
      }
      for (const field of Object.keys(change.before)) if (!(field in change.after)) state.delete(field);
      for (const [field, after] of Object.entries(change.after)) state.set(field, { value: after, setBy: event.id });
    }
    return {
      eventId: event.id,
      createdAt: event.createdAt,
      actorId: event.actorId,
      actorName: event.actorName,
      clientId: event.clientId,
      eventName: event.eventName,
      actionType: change?.actionType ?? null,
      changedFields: change?.changedFields ?? [],
      bulkId: change?.bulkId ?? null,
      state: [...state].sort(([a], [b]) => a.localeCompare(b)).map(([field, known]) => shownField(field, known)),
      gaps,
    };
  });
  return { target, steps, truncated };
}

function namesIn(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const listed = (raw as { changedFields?: unknown }).changedFields;
  return Array.isArray(listed) ? listed.filter((name): name is string => typeof name === 'string') : [];
}
