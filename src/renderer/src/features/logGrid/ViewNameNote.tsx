/**
 * What a view name field says: `viewNameLimit(name)` as main would judge the name, and `<ViewNameNote id
 * name problem />` next to the field, tied to it by `id`.
 */
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { MAX_VIEW_NAME } from '../../../../shared/domain/preferences';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';

/** What is said when the operator saves or renames a view with nothing but spaces (or nothing) as its name. */
export const BLANK_VIEW_NAME = 'Give the view a name; spaces alone are not a name.';

/**
 * Whether a view name fits, and what to say next to its field: a count near the limit, a sentence past it
 * or when it holds a character that hides or reorders text or a full card number or IBAN, as main would
 * refuse it.
 */
export function viewNameLimit(name: string): { fits: boolean; note: string | null } {
  const refused = namingTextProblems('The view name', name);
  if (refused.length > 0) return { fits: false, note: refused.join(' ') };
  const length = characterCount(name.trim());
  if (length > MAX_VIEW_NAME) {
    return { fits: false, note: tooLongSentence('The view name', MAX_VIEW_NAME, length) };
  }
  return { fits: true, note: length >= MAX_VIEW_NAME - 20 ? `${length}/${MAX_VIEW_NAME}` : null };
}

/**
 * The note of `viewNameLimit` next to a name field; `problem`, when given, is what stopped the last try
 * (a blank name, another view's name) and is said instead.
 */
export function ViewNameNote({ id, name, problem = null }: { id: string; name: string; problem?: string | null }) {
  const { fits, note } = viewNameLimit(name);
  const text = problem ?? note;
  if (!text) return null;
  const fault = problem !== null || !fits;
  return (
    <span id={id} className={fault ? 'error' : 'muted'} role={fault ? 'alert' : undefined}>
      {text}
    </span>
  );
}
