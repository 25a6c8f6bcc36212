import type { ClientActivity } from '../../shared/domain/clientActivity';
import { EVENT_NAMES_BY_CATEGORY, findCatalogEvent } from '../../shared/domain/eventCatalog';

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
 * A profile edit as it may be shown: the names of its changed fields, its session, who and when; every
 * value left out of its message, its metadata and its change. Any other event as it is.
 */
export function withProfileNamesOnly(event: ClientActivity): ClientActivity {
  if (!isProfileEdit(event)) return event;
  const names = profileFieldNames(event);
  const sessionId = event.metadata['sessionId'];
  return {
    ...event,
    message: profileEditMessage(event.eventName, names),
    metadata: { changedFields: names, ...(typeof sessionId === 'string' ? { sessionId } : {}) },
    change: event.change ? { ...event.change, changedFields: names, before: {}, after: {} } : null,
    ...(event.changeIssue ? { changeIssue: { reason: event.changeIssue.reason, raw: null } } : {}),
  };
}
