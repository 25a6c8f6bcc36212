import { shownInSentence } from '../../../shared/domain/shownInSentence';

/** Ids longer than this are cut in headings and titles; the page still reads the whole id. */
export const SHOWN_ID_LENGTH = 64;

/**
 * An id as a heading shows it: by the rule every sentence cuts a value by (`shownInSentence`), whole up to
 * SHOWN_ID_LENGTH characters, else its start and an ellipsis, each hidden character named.
 */
export function shortId(id: string): string {
  return shownInSentence(id, SHOWN_ID_LENGTH);
}
