import { SHOWN_ID_IN_HEADING, shownInSentence } from '../../../shared/domain/shownInSentence';

/**
 * An id as a heading shows it: by the rule every sentence cuts a value by (`shownInSentence`), whole up to
 * SHOWN_ID_IN_HEADING characters, else its start and an ellipsis, each hidden character named; the page still
 * reads the whole id.
 */
export function shortId(id: string): string {
  return shownInSentence(id, SHOWN_ID_IN_HEADING);
}
