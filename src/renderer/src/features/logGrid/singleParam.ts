import { givenOnce } from '../../routing/givenOnce';
import type { IgnoredParam } from './readRoute';

/** Why a parameter that takes one value is left out when a link gives it more than once. */
const GIVEN_MORE_THAN_ONCE = 'the link gives it more than once, so neither value is used';

/**
 * A parameter that takes one value: its value, or null when the link gives none. A link that gives it
 * more than once gives null, and every value is named in `ignored`: taking the first would show a page
 * for what the link only half says.
 */
export function singleParam(params: URLSearchParams, param: string, ignored: IgnoredParam[]): string | null {
  const { value, repeated = [] } = givenOnce(params, param);
  for (const each of repeated) ignored.push({ param, value: each, reason: GIVEN_MORE_THAN_ONCE });
  return value;
}
