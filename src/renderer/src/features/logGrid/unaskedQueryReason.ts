import type { IgnoredParam } from './readRoute';
import { showWithoutLabel } from './showWithoutLabel';

/**
 * While a grid's link holds something the grid cannot use, or a page's range cannot be used, the grid
 * holds a query without those parts (no time range at all, for a range): not the query the link asks
 * for. Exporting it or pinning it to a case would cover more than the operator asked for, so both are
 * refused, with this reason, until the link is fixed or its problems are set aside.
 */
export interface UnaskedQuery {
  /** The link's parameters the grid names as ignored. */
  ignored: readonly IgnoredParam[];
  /** Whether the page's range cannot be used (said at its Period control). */
  rangeRefused: boolean;
  /** What the grid shows, as its notice's button names it: "the logs", "the events". */
  shown: string;
}

/** Why `what` ("export the logs", "see the coverage") cannot be done while the page's range cannot be used. */
export const refusedRangeReason = (what: string): string =>
  `The range this link asks for cannot be used, as the Period control says: fix it to ${what}.`;

/**
 * Why `what` ("export the logs", "pin the query to a case") cannot be done now, or null when it can: naming
 * the notice's button that sets the link's problems aside, so the operator knows which to choose.
 */
export function unaskedQueryReason(what: string, { ignored, rangeRefused, shown }: UnaskedQuery): string | null {
  const reasons = [
    ...(ignored.length > 0
      ? [
          `This link asks for ${ignored.length === 1 ? 'something' : 'things'} the console cannot use, named below: ` +
            `choose “${showWithoutLabel(shown, ignored)}” there, or fix the link, to ${what}.`,
        ]
      : []),
    ...(rangeRefused ? [refusedRangeReason(what)] : []),
  ];
  return reasons.length > 0 ? reasons.join(' ') : null;
}
