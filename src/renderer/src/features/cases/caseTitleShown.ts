import { shownInSentence } from '../../../../shared/domain/shownInSentence';

/** How much of a case's title a sentence or heading naming the case shows. */
export const CASE_TITLE_SHOWN_MAX = 60;

/**
 * A case's title as a sentence or heading names it, by the rule every sentence names a value by
 * (`shownInSentence`): each character that hides or reorders text by its name, cut to
 * `CASE_TITLE_SHOWN_MAX` characters with "…" (the case card shows it whole).
 */
export function caseTitleShown(title: string): string {
  return shownInSentence(title, CASE_TITLE_SHOWN_MAX);
}
