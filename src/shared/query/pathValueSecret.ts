import { isSecretKey } from '../domain/secretKeys';
import { findSecretSpans } from '../domain/secretSpans';
import { readPathValue } from './pathValue';
import { filterValueSecretProblem } from './searchTextSecret';

/**
 * Why a path-value filter on a secret field (`iban`, `bank.password`) is refused: redaction hides every
 * value under such a key, so a match count would tell the value. The path is quoted unless it is itself
 * something redaction hides (`hidden`, by default when it holds a secret by shape).
 */
export function secretFieldPathSentence(path: string, hidden = findSecretSpans(path).length > 0): string {
  const field = hidden ? 'that field' : `'${path}'`;
  return `Values of ${field} are secret and always redacted, so they cannot be filtered on; filter on whether it changed instead. Remove that filter value to run the query.`;
}

/**
 * Why a path-value filter value (changed from, changed to: `path=value`) is refused because of a secret,
 * or null: a path with a secret key name anywhere in it, else a value or path holding a secret, in the
 * sentence of any filter value (`filterValueSecretProblem`). Text that is no `path=value` is refused by
 * its shape. No sentence repeats a secret.
 */
export function pathValueSecretProblem(text: string): string | null {
  const pair = readPathValue(text);
  if (pair === null) return null;
  if (pair.path.split('.').some(isSecretKey)) return secretFieldPathSentence(pair.path);
  return filterValueSecretProblem(pair.value) ?? filterValueSecretProblem(pair.path);
}
