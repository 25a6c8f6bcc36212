import { formatTimestamp } from './formatTimestamp';

/**
 * What a range whose start and end are the same instant is said as. Both ends of a range are inclusive
 * (the cluster's and the embedded store's queries, the journal's), so such a range is valid and names one
 * millisecond: an empty result then says why, rather than passing for a quiet time. Null for any other range.
 */
export function singleInstantSentence(
  range: { from?: string | undefined; to?: string | undefined } | undefined,
  zone: string,
): string | null {
  if (!range?.from || !range.to) return null;
  const fromMs = Date.parse(range.from);
  if (Number.isNaN(fromMs) || fromMs !== Date.parse(range.to)) return null;
  const at = formatTimestamp(range.from, zone, fromMs % 1000 !== 0);
  return `The range starts and ends at the same instant, ${at}: only what was logged at that very millisecond is shown. Widen the range to see more.`;
}
