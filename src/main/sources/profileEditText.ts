import { findCatalogEvent } from '../../shared/domain/eventCatalog';
import { textWords } from '../../shared/query/textWords';
import { PROFILE_EDIT_EVENTS } from '../redaction/profileEdits';
import { scalarItems } from './scalarItems';
import { isPrefixTarget, type SearchTerm } from './searchTerms';

/**
 * What free text finds in a profile edit, for both engines. A profile edit is shown as its catalog label
 * and the names of its changed fields (see withProfileNamesOnly), never with the message a producer
 * logged, which may hold the values; so search never reads that message either, or a count would confirm
 * a value the rows never show. A term finds a profile edit when it is in the label's words (a phrase of
 * them in order, the last word typed as the start of one), or when it is a single word that is a changed
 * field's name (the last word typed: the start of one), compared without case. The names searched are
 * those listed in `changedFields` of the metadata or of the change, as the producer wrote them.
 */
export interface ProfileTermMatch {
  /** The profile edit events whose label holds the term: every edit of these matches. */
  readonly events: readonly string[];
  /** The name (lowercased) a changed field must have, or start with; null when no name can match. */
  readonly name: { readonly text: string; readonly prefix: boolean } | null;
}

const LABEL_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  PROFILE_EDIT_EVENTS.map((eventName) => [eventName, textWords(findCatalogEvent(eventName)?.label ?? eventName)]),
);

function labelHolds(label: readonly string[], term: SearchTerm): boolean {
  const { words } = term;
  for (let start = 0; start + words.length <= label.length; start += 1) {
    const fits = words.every((word, offset) => {
      const shown = label[start + offset] ?? '';
      return word.prefix ? shown.startsWith(word.text) && isPrefixTarget(shown) : shown === word.text;
    });
    if (fits) return true;
  }
  return false;
}

export function profileTermMatch(term: SearchTerm): ProfileTermMatch {
  const events = [...LABEL_WORDS].filter(([, label]) => labelHolds(label, term)).map(([eventName]) => eventName);
  const [only, ...rest] = term.words;
  return { events, name: only && rest.length === 0 ? { text: only.text, prefix: only.prefix } : null };
}

/** Where a producer lists a profile edit's changed field names, relative to the event (both engines search these). */
export const PROFILE_NAME_PATHS = [
  ['metadata', 'changedFields'],
  ['change', 'changedFields'],
] as const;

/** The names free text compares a profile edit's term with: each listed name, lowercased. */
export function profileSearchNames(readPath: (path: readonly string[]) => unknown): string[] {
  const names = PROFILE_NAME_PATHS.flatMap((path) => scalarItems(readPath(path)));
  return [...new Set(names.map((name) => name.toLowerCase()))];
}
