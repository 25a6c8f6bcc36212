import { ConsoleError } from '../../shared/contract/errors';
import { LOG_FIELDS } from '../../shared/query/fieldRoles';
import type { LogQuery } from '../../shared/query/logQuery';
import { readPathValue } from '../../shared/query/pathValue';
import { redactSecrets } from '../redaction/redactSecrets';
import type { RedactionRule } from '../redaction/redactionTally';
import { isSecretKey } from '../../shared/domain/secretKeys';
import { filterValueSecretProblem, secretFilterValueSentence } from '../../shared/query/searchTextSecret';
import { secretFieldPathSentence } from '../../shared/query/pathValueSecret';

/** What redaction would make of a text: the rules that would replace part of it (none: it stays readable). */
function hiddenBy(text: string): RedactionRule[] {
  return Object.keys(redactSecrets(text).tally.byRule) as RedactionRule[];
}

function refuse(key: string, reason: string): never {
  throw new ConsoleError('BAD_REQUEST', reason, `filters.${key}`);
}

/**
 * Why a filter value redaction would alter is refused: in the sentence a request's shape and a link's
 * reader refuse a value holding a secret with (`filterValueSecretProblem`), naming the kind of secret
 * when the shape rules find it, else as a secret (one redaction finds under a key inside JSON text).
 */
function secretValueSentence(texts: readonly string[]): string {
  const named = texts.map(filterValueSecretProblem).find((problem) => problem !== null);
  return named ?? secretFilterValueSentence('a secret');
}

/**
 * Refuses filters that would tell an operator what redaction hides from them. A filter compares values
 * exactly, so its match count answers "is this the value?" even when every answer shows the value
 * redacted: asked often enough, it would give the value away. Refused, before any query runs, for every
 * request of a query (page, count, facets, histogram) on either engine:
 * - a path-value filter (`changedFrom`, `changedTo`) on a path with a secret key name anywhere in it
 *   (`iban`, `bank.password`): redaction hides every value under such a key;
 * - any filter value, or path, that redaction would alter (an IBAN, a card number, a token, a keyed
 *   secret in text): the values it would match are values redaction hides.
 * The message never repeats the value. A request's shape refuses the same first, in the same sentences
 * (`refuseSecretFilterValues`); this is the engines' own check of whatever query reaches them.
 */
export function refuseOracleFilters(query: LogQuery): void {
  // An excluded value counts the rows without it: the same oracle as a filter on it.
  const chosen: Readonly<Record<string, readonly string[] | undefined>>[] = [query.filters, query.exclude ?? {}];
  for (const [key, values] of chosen.flatMap((filters) => Object.entries(filters))) {
    const role = LOG_FIELDS[query.family].filters.get(key)?.field.filter;
    for (const value of values ?? []) {
      const pair = role?.pathValue ? readPathValue(value) : null;
      const rules = pair ? [...hiddenBy(pair.path), ...hiddenBy(pair.value)] : hiddenBy(value);
      if (pair && pair.path.split('.').some(isSecretKey)) {
        refuse(key, secretFieldPathSentence(pair.path, hiddenBy(pair.path).length > 0));
      }
      if (rules.length > 0) refuse(key, secretValueSentence(pair ? [pair.value, pair.path] : [value]));
    }
  }
}
