import type { ClientActivity } from '../../shared/domain/clientActivity';
import { EVENT_NAMES_BY_CATEGORY, findCatalogEvent } from '../../shared/domain/eventCatalog';

/**
 * Client profile edits: the CRM logs the names of the changed fields only, never their values, and the
 * console shows them so whatever a producer logged. Every activity row is read through
 * `withProfileNamesOnly` by both sources, so no view, export or bundle can hold such a value; and a filter
 * on a changed value never matches one (PROFILE_EDIT_EVENTS), so no count can confirm a value either.
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
 * A profile edit as it may be shown: the names of its changed fields, its session, who and when; every
 * value left out of its metadata and its change. Any other event as it is.
 */
export function withProfileNamesOnly(event: ClientActivity): ClientActivity {
  if (!isProfileEdit(event)) return event;
  const names = profileFieldNames(event);
  const sessionId = event.metadata['sessionId'];
  return {
    ...event,
    metadata: { changedFields: names, ...(typeof sessionId === 'string' ? { sessionId } : {}) },
    change: event.change ? { ...event.change, changedFields: names, before: {}, after: {} } : null,
    ...(event.changeIssue ? { changeIssue: { reason: event.changeIssue.reason, raw: null } } : {}),
  };
}
