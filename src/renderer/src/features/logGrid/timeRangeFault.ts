import { calendarProblem } from '../../../../shared/query/calendarProblem';
import {
  INSTANT_FORM,
  isExpandedYearInstant,
  isInstant,
  type LogFamily,
  type TimeRange,
} from '../../../../shared/query/logQuery';
import { outsideSupportedYears } from '../../../../shared/query/timeRange';
import { unreadableInputProblem } from '../../format/formatTimestamp';
import { quoteText } from '../../format/quoteText';
import { timeLabel } from './queryFilters';
import { timeRangeProblem } from './queryProblems';

export type TimeRangeBound = 'from' | 'to';

const BOUNDS: readonly TimeRangeBound[] = ['from', 'to'];
/** A bound as written is cut to this many characters where a sentence quotes it. */
const MAX_SHOWN = 60;

/**
 * A bound's field holding a wall time the clocks skip in the zone (02:30 on the night Europe/Berlin goes
 * from 02:00 to 03:00): no instant, so held as typed, with the sentence saying so in the zone it was typed in.
 */
export interface SkippedBound {
  typed: string;
  problem: string;
}

/**
 * The bounds whose fields hold what names no instant: `true` for text the browser cannot read as a date
 * and time (a part left empty, or 30 February), whose value is empty, as a blank one's is, so the range
 * alone cannot tell them; a `SkippedBound` for a time the clocks skip, which is refused, never moved.
 */
export type UnreadableBounds = Partial<Record<TimeRangeBound, boolean | SkippedBound>>;

/** A bound's field by its name, "Created from" or "Date to", as a sentence about it names it. */
export const boundLabel = (family: LogFamily, bound: TimeRangeBound): string => `${timeLabel(family)} ${bound}`;

/** Whether a bound, when set, cannot be used: not an instant, or outside the years the console supports. */
const unusable = (bound: string | undefined): boolean =>
  bound !== undefined && (!isInstant(bound) || outsideSupportedYears(bound) !== null);

/** Whether a bound, as a link wrote it, is no date and time at all (a year past 9999 is an instant still). */
const noInstant = (bound: string | undefined): boolean =>
  bound !== undefined && !isInstant(bound) && !isExpandedYearInstant(bound);

/**
 * The controls of a time range an error about the range belongs to, each to be marked and named by it, the
 * first to take the focus: every bound whose field the browser cannot read; else every bound that is no
 * date and time; else one that cannot be used; of a reversed pair, the bound `lastEdited` (the one just
 * got wrong), else the start; otherwise the preset (a relative range, or a problem the bounds do not show).
 */
export function timeRangeControlsAtFault(
  range: TimeRange | undefined,
  lastEdited: TimeRangeBound | null,
  unreadable: UnreadableBounds = {},
): readonly (TimeRangeBound | 'preset')[] {
  const unread = BOUNDS.filter((bound) => unreadable[bound]);
  if (unread.length > 0) return unread;
  if (range?.kind !== 'absolute') return ['preset'];
  const written = BOUNDS.filter((bound) => noInstant(range[bound]));
  if (written.length > 0) return written;
  const outside = BOUNDS.find((bound) => unusable(range[bound]));
  if (outside) return [outside];
  if (range.from && range.to && Date.parse(range.from) > Date.parse(range.to)) return [lastEdited ?? 'from'];
  return ['preset'];
}

/**
 * Each bound still as a link wrote it that is no date and time (`junk`, 30 February), named by its field and
 * quoted with why, as the link's reading said it: its field shows nothing of it, the sentence is all there is.
 */
function writtenBoundProblem(family: LogFamily, range: TimeRange | undefined): string | undefined {
  if (range?.kind !== 'absolute') return undefined;
  const written = BOUNDS.flatMap((bound) => {
    const value = range[bound];
    if (value === undefined || !noInstant(value)) return [];
    const why = calendarProblem(value) ?? `it is not ${INSTANT_FORM}`;
    return [`${boundLabel(family, bound)} ${quoteText(value, MAX_SHOWN)} cannot be used: ${why}.`];
  });
  if (written.length === 0) return undefined;
  const fields = written.length === 1 ? 'its field' : 'their fields';
  return `${written.join(' ')} Enter a date and time in ${fields}, or choose a preset.`;
}

/**
 * What is wrong with a time range as its fields hold it: each bound the browser cannot read or the clocks
 * skip, named by its field, then each bound as written that is no date and time, else what main's schema
 * would refuse the range for; undefined when nothing is. It names the bounds `timeRangeControlsAtFault` marks.
 */
export function typedRangeProblem(
  family: LogFamily,
  range: TimeRange | undefined,
  unreadable: UnreadableBounds,
): string | undefined {
  const unread = BOUNDS.flatMap((bound) => {
    const held = unreadable[bound];
    if (!held) return [];
    return [typeof held === 'object' ? held.problem : unreadableInputProblem(boundLabel(family, bound))];
  });
  if (unread.length > 0) return unread.join(' ');
  return writtenBoundProblem(family, range) ?? timeRangeProblem(range);
}
