import { isInstant, type TimeRange } from '../../../../shared/query/logQuery';
import { outsideSupportedYears } from '../../../../shared/query/timeRange';

export type TimeRangeBound = 'from' | 'to';

/** Whether a bound, when set, cannot be used: not an instant, or outside the years the console supports. */
const unusable = (bound: string | undefined): boolean =>
  bound !== undefined && (!isInstant(bound) || outsideSupportedYears(bound) !== null);

/**
 * Which control of a time range an error about the range belongs to, for it to take the focus and carry
 * the error: a bound that cannot be used; of a reversed pair, the bound `lastEdited` (the one just got
 * wrong), else the start; otherwise the preset (a relative range, or a problem the bounds do not show).
 */
export function timeRangeControlAtFault(
  range: TimeRange | undefined,
  lastEdited: TimeRangeBound | null,
): TimeRangeBound | 'preset' {
  if (range?.kind !== 'absolute') return 'preset';
  if (unusable(range.from)) return 'from';
  if (unusable(range.to)) return 'to';
  if (range.from && range.to && Date.parse(range.from) > Date.parse(range.to)) return lastEdited ?? 'from';
  return 'preset';
}
