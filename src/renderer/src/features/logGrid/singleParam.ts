import type { IgnoredParam } from './readRoute';

/** Why a parameter that takes one value is left out when a link gives it more than once. */
export const GIVEN_MORE_THAN_ONCE = 'the link gives it more than once, so neither value is used';

/**
 * A parameter that takes one value: its value, or null when the link gives none. A link that gives it
 * more than once gives null, and every value is named in `ignored`: taking the first would show a page
 * for what the link only half says.
 */
export function singleParam(params: URLSearchParams, param: string, ignored: IgnoredParam[]): string | null {
  const given = params.getAll(param);
  if (given.length <= 1) return given[0] ?? null;
  for (const value of given) ignored.push({ param, value, reason: GIVEN_MORE_THAN_ONCE });
  return null;
}
