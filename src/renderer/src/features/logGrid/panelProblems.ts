/** Pure helpers of the filter panel's problems: which are said where, and when a range's sentence still holds. */
import type { TimeRange } from '../../../../shared/query/logQuery';
import type { QueryProblems } from './queryProblems';
import type { UnreadableBounds } from './timeRangeFault';

/** Problems of controls that do not show their own (an exclusion, the page size, the sort): not in `shown`. */
export function otherProblems(problems: QueryProblems, shown: readonly string[]): string | undefined {
  const rest = Object.entries(problems).filter(([key]) => !shown.includes(key));
  return rest.length > 0 ? rest.map(([, message]) => message).join(' ') : undefined;
}

/** The problems without those of `keys`. */
export const without = (problems: QueryProblems, keys: readonly string[]): QueryProblems =>
  Object.fromEntries(Object.entries(problems).filter(([key]) => !keys.includes(key)));

/** A time range and its unreadable bounds as one value, to tell whether they changed since a check. */
export const rangeState = (range: TimeRange | undefined, unreadable: UnreadableBounds): string =>
  JSON.stringify([range ?? null, unreadable]);
