import { inputToIso, isoToInput } from '../../format/formatTimestamp';
import { skippedTimeProblem } from '../../format/skippedTimeProblem';
import type { JournalFilterDraft } from './useJournalFilters';

/**
 * The draft once the time zone changes under it, the route unchanged: what the operator typed and has not
 * applied stays. Text and the outcome do not depend on the zone and are kept as typed. A bound of the
 * period still as the route gave it follows the route into the new zone; one typed keeps its instant,
 * written in the new zone, or its text when it does not read as a date and time or names a time the clocks
 * skip.
 */
export function draftInZone(
  typed: JournalFilterDraft,
  route: { before: JournalFilterDraft; after: JournalFilterDraft },
  zone: { before: string; after: string },
): JournalFilterDraft {
  const next = { ...typed };
  for (const key of ['from', 'to'] as const) {
    // Taken from the route, not read back from the wall clock: an hour the clocks go back over reads twice.
    if (typed[key] === route.before[key]) next[key] = route.after[key];
    else {
      const iso = inputToIso(typed[key], zone.before);
      // A time the clocks skip names no instant: kept as typed, not moved to the time after the gap.
      if (iso && skippedTimeProblem('', typed[key], zone.before) === null) next[key] = isoToInput(iso, zone.after);
    }
  }
  return next;
}
