import type { ChangeDescription } from '../../shared/contract/changeChannels';
import type { ClientActivity } from '../../shared/domain/clientActivity';
import { findCatalogEvent } from '../../shared/domain/eventCatalog';
import { isProfileEdit, withProfileNamesOnly } from '../redaction/profileEdits';
import { redactSecrets } from '../redaction/redactSecrets';
import { compareValues } from './compareValues';
import { hiddenByRedaction } from './hiddenByRedaction';

function isManagerEvent(event: ClientActivity): boolean {
  return event.actorType === 'manager' || findCatalogEvent(event.eventName)?.category === 'manager';
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function asJson(value: unknown): string {
  return JSON.stringify(redactSecrets(value).value, null, 2);
}

/** Where a change does not hold together: names listed without values, values for unlisted names. */
function inconsistencies(changedFields: readonly string[], before: object, after: object): string[] {
  const valued = new Set([...Object.keys(before), ...Object.keys(after)]);
  const listed = new Set(changedFields);
  const notes: string[] = [];
  const unvalued = changedFields.filter((field) => !valued.has(field));
  const unlisted = [...valued].filter((field) => !listed.has(field));
  if (unvalued.length > 0) notes.push(`Listed as changed but with no value before or after: ${unvalued.join(', ')}.`);
  if (unlisted.length > 0) notes.push(`Holds values for fields it does not list as changed: ${unlisted.join(', ')}.`);
  return notes;
}

/**
 * How one event's change is shown. A manager edit is compared side by side (values redaction hides
 * are marked, never shown); a client profile edit shows the changed field names only, as the source
 * documents require, and its values are removed from the event too; an event whose change is missing
 * or cannot be read says why, and the raw document goes with it.
 */
export function describeChange(event: ClientActivity): ChangeDescription {
  if (isProfileEdit(event)) {
    // The event as shown holds the changed fields' names, and nothing else the producer logged.
    const shown = withProfileNamesOnly(event);
    return {
      event: shown,
      view: 'namesOnly',
      reason:
        'Client profile edits are logged with the names of the changed fields only; their values are never shown.',
      changedFields: strings(shown.metadata['changedFields']),
      notes: [],
      comparison: null,
      copy: null,
    };
  }
  if (event.changeIssue) {
    return {
      event,
      view: 'noDiff',
      reason: `The change this event carries cannot be read (${event.changeIssue.reason}), so no before and after can be compared; the raw document is shown instead.`,
      changedFields: strings((event.changeIssue.raw as { changedFields?: unknown } | null)?.changedFields),
      notes: [],
      comparison: null,
      copy: null,
    };
  }
  if (!event.change) {
    const reason = isManagerEvent(event)
      ? 'This manager event carries no change record, so there is nothing to compare; the raw document is shown instead.'
      : 'This event is not a manager edit: it carries no before and after.';
    return { event, view: 'noDiff', reason, changedFields: [], notes: [], comparison: null, copy: null };
  }
  const { before, after, changedFields } = event.change;
  return {
    event,
    view: 'diff',
    reason: null,
    changedFields,
    notes: inconsistencies(changedFields, before, after),
    comparison: compareValues(before, after, hiddenByRedaction),
    copy: { before: asJson(before), after: asJson(after) },
  };
}
