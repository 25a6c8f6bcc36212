import { showHiddenCharacters } from './hiddenCharacters';
import { namedAlike } from './namedAlike';
import type { CaseSummary } from './investigationCase';

type NamedCase = Pick<CaseSummary, 'id' | 'title' | 'reference'>;

/**
 * Why a case cannot take this title, or null: another case (not `ownId`, the case being edited) already
 * has it, whatever its letters' case, width or spacing, so a list of cases would name two alike.
 * The sentence names that case by its title and reference, said the same at the field and by main.
 */
export function caseTitleTaken(title: string, cases: readonly NamedCase[], ownId?: string): string | null {
  // Two titles are the same as a list shows them (see `nameKey`).
  const other = namedAlike(title, cases, (each) => each.title, ownId);
  if (!other) return null;
  const reference = other.reference ? ` (${showHiddenCharacters(other.reference)})` : '';
  return (
    `A case is already titled “${showHiddenCharacters(other.title)}”${reference}; ` +
    'give this one another title, or add the evidence to that case.'
  );
}
