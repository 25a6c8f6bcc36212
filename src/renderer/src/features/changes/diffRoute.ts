/**
 * `#/diff/{eventId}?unchanged=shown`: the diff page's one view choice, whether the values an edit left
 * alone are listed with those it changed, so a reload, a link or Back shows the change as it was left.
 * Another value, the choice given twice or a parameter the page has none of is named with why, and the
 * page shows the changed values only.
 */
import type { IgnoredParam } from '../logGrid/readRoute';
import { givenOnce } from '../../routing/givenOnce';

export const UNCHANGED_PARAM = 'unchanged';

/** The one value `unchanged` takes. */
const SHOWN = 'shown';

export interface DiffRoute {
  /** Whether the link asks for the unchanged values too. */
  unchanged: boolean;
  ignored: IgnoredParam[];
}

export function readDiffRoute(params: URLSearchParams): DiffRoute {
  const ignored: IgnoredParam[] = [];
  const { value, repeated = [] } = givenOnce(params, UNCHANGED_PARAM);
  for (const each of repeated) {
    const reason =
      'the link gives it more than once, so the unchanged values are hidden; tick Show unchanged values to list them';
    ignored.push({ param: UNCHANGED_PARAM, value: each, reason });
  }
  if (value !== null && value !== SHOWN) {
    const reason = `the page lists the unchanged values only for “${SHOWN}”, so they are hidden; tick Show unchanged values to list them`;
    ignored.push({ param: UNCHANGED_PARAM, value, reason });
  }
  for (const [param, each] of params)
    if (param !== UNCHANGED_PARAM) ignored.push({ param, value: each, reason: 'this page has no such parameter' });
  return { unchanged: value === SHOWN, ignored };
}

/** The parameters of a diff link: the unchanged values' choice when they are shown, none otherwise. */
export function diffParams(unchanged: boolean): URLSearchParams {
  return new URLSearchParams(unchanged ? { [UNCHANGED_PARAM]: SHOWN } : {});
}
