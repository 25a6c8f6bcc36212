import { showHiddenCharacters } from './hiddenCharacters';
import type { CaseSummary } from './investigationCase';

type NamedCase = Pick<CaseSummary, 'id' | 'title' | 'reference'>;

/**
 * A title as two cases are told apart by: its letters' case, the width of a letter (a full-width Ｗ), and
 * how many spaces of which kind (a no-break space, two spaces) stand between its words do not count,
 * since a list shows them alike.
 */
const titleKey = (title: string) => title.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Why a case cannot take this title, or null: another case (not `ownId`, the case being edited) already
 * has it, whatever its letters' case, width or spacing, so a list of cases would name two alike.
 * The sentence names that case by its title and reference, said the same at the field and by main.
 */
export function caseTitleTaken(title: string, cases: readonly NamedCase[], ownId?: string): string | null {
  const key = titleKey(title);
  if (key === '') return null;
  const other = cases.find((each) => each.id !== ownId && titleKey(each.title) === key);
  if (!other) return null;
  const reference = other.reference ? ` (${showHiddenCharacters(other.reference)})` : '';
  return (
    `A case is already titled “${showHiddenCharacters(other.title)}”${reference}; ` +
    'give this one another title, or add the evidence to that case.'
  );
}
