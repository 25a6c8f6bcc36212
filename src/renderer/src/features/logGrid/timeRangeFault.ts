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

/**
 * Which control of a time range an error about the range belongs to, for it to take the focus and carry
 * the error: a bound whose field the browser cannot read, then one that cannot be used; of a reversed
 * pair, the bound `lastEdited` (the one just got wrong), else the start; otherwise the preset (a relative
 * range, or a problem the bounds do not show).
 */
export function timeRangeControlAtFault(
  range: TimeRange | undefined,
  lastEdited: TimeRangeBound | null,
  unreadable: UnreadableBounds = {},
): TimeRangeBound | 'preset' {
  const unread = BOUNDS.find((bound) => unreadable[bound]);
  if (unread) return unread;
  if (range?.kind !== 'absolute') return 'preset';
  if (unusable(range.from)) return 'from';
  if (unusable(range.to)) return 'to';
  if (range.from && range.to && Date.parse(range.from) > Date.parse(range.to)) return lastEdited ?? 'from';
  return 'preset';
}

/**
 * A bound still as a link wrote it that is no date and time (`junk`, 30 February), named by its field and
 * quoted with why, as the link's reading said it: its field shows nothing of it, the sentence is all there is.
 */
function writtenBoundProblem(family: LogFamily, range: TimeRange | undefined): string | undefined {
  if (range?.kind !== 'absolute') return undefined;
  // A year past 9999 is an instant still, said by main's schema as a year out of range.
  const noInstant = (value: string | undefined) =>
    value !== undefined && !isInstant(value) && !isExpandedYearInstant(value);
  const bound = BOUNDS.find((name) => noInstant(range[name]));
  const written = bound && range[bound];
  if (!bound || written === undefined) return undefined;
  const why = calendarProblem(written) ?? `it is not ${INSTANT_FORM}`;
  return `${boundLabel(family, bound)} ${quoteText(written, MAX_SHOWN)} cannot be used: ${why}. Enter a date and time in its field, or choose a preset.`;
}

/**
 * What is wrong with a time range as its fields hold it, in one sentence: a bound the browser cannot read
 * or the clocks skip, named by its field, then a bound as written that is no date and time, else what
 * main's schema would refuse the range for; undefined when nothing is.
 */
export function typedRangeProblem(
  family: LogFamily,
  range: TimeRange | undefined,
  unreadable: UnreadableBounds,
): string | undefined {
  const unread = BOUNDS.find((bound) => unreadable[bound]);
  const held = unread && unreadable[unread];
  if (unread) return typeof held === 'object' ? held.problem : unreadableInputProblem(boundLabel(family, unread));
  return writtenBoundProblem(family, range) ?? timeRangeProblem(range);
}
