import type { ClientActivity } from '../../shared/domain/clientActivity';
import { EVENT_NAMES_BY_CATEGORY, findCatalogEvent } from '../../shared/domain/eventCatalog';
import { textWords } from '../../shared/query/textWords';
import type { RedactionTally } from './redactionTally';

/**
 * Client profile edits: the CRM logs the names of the changed fields only, never their values, and the
 * console shows them so whatever a producer logged. Every activity row is read through
 * `withProfileNamesOnly` by both sources, so no view, export or bundle can hold such a value; and neither a
 * filter on a changed value (PROFILE_EDIT_EVENTS) nor free text (profileEditText) matches one on what it
 * does not show, so no count can confirm a value either.
 */
export const PROFILE_EDIT_EVENTS: readonly string[] = EVENT_NAMES_BY_CATEGORY.profile;

export function isProfileEdit(event: Pick<ClientActivity, 'eventName'>): boolean {
  return findCatalogEvent(event.eventName)?.category === 'profile';
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The names a profile edit says it changed, wherever the producer put them; never a value. */
export function profileFieldNames(event: ClientActivity): string[] {
  const names = [
    ...strings(event.metadata['changedFields']),
    ...(event.change?.changedFields ?? []),
    ...Object.keys(event.change?.before ?? {}),
    ...Object.keys(event.change?.after ?? {}),
  ];
  return [...new Set(names)];
}

/**
 * What a profile edit says, as the console words it: its catalog label and the names of its changed
 * fields ("Client edited profile: email, phone"). The message a producer logged is never shown, since a
 * producer that logged values anywhere may have logged them there too.
 */
export function profileEditMessage(eventName: string, names: readonly string[]): string {
  const label = findCatalogEvent(eventName)?.label ?? eventName;
  return names.length > 0 ? `${label}: ${names.join(', ')}` : label;
}

/**
 * How many things a producer logged in a profile edit that its shown form leaves out: a message with a
 * word the console's own does not have, each other metadata key, each value before and after, the raw
 * text of a change that could not be read.
 */
function hiddenProfileValues(event: ClientActivity, message: string): number {
  const shownWords = new Set(textWords(message));
  const messageTold = textWords(event.message).some((word) => !shownWords.has(word)) ? 1 : 0;
  const metadata = Object.keys(event.metadata).filter((key) => key !== 'changedFields' && key !== 'sessionId').length;
  const change = Object.keys(event.change?.before ?? {}).length + Object.keys(event.change?.after ?? {}).length;
  const raw = event.changeIssue?.raw ? 1 : 0;
  return messageTold + metadata + change + raw;
}

/**
 * A profile edit as it may be shown: the names of its changed fields, its session, who and when; every
 * value left out of its message, its metadata and its change, and counted in `tally` when one is given
 * (a page says what it left out). Any other event as it is.
 */
export function withProfileNamesOnly(event: ClientActivity, tally?: RedactionTally): ClientActivity {
  if (!isProfileEdit(event)) return event;
  const names = profileFieldNames(event);
  const message = profileEditMessage(event.eventName, names);
  const hidden = tally ? hiddenProfileValues(event, message) : 0;
  if (hidden > 0) tally?.add('profile edit value', hidden);
  const sessionId = event.metadata['sessionId'];
  return {
    ...event,
    message,
    metadata: { changedFields: names, ...(typeof sessionId === 'string' ? { sessionId } : {}) },
    change: event.change ? { ...event.change, changedFields: names, before: {}, after: {} } : null,
    ...(event.changeIssue ? { changeIssue: { reason: event.changeIssue.reason, raw: null } } : {}),
  };
}
