import { BUNDLE_CASE_SHOWN, type BundleCaseView } from '../../shared/contract/bundleChannels';
import type { BundleCase } from '../../shared/domain/bundleFormat';
import type { Operator } from '../../shared/domain/roles';

/** Said to a scoped operator instead of the case a bundle carries. */
export const SCOPED_CASE_WITHHELD =
  "This bundle carries a case, but its notes and stars are shown only to operators who see every client: they were written about the bundle's records, and may name clients outside your scope.";

/**
 * What the Investigations page shows of the case a reopened bundle carries: its title, reference, the
 * first notes and stars (with how many there are), read-only. A bundle of a view carries no case (no
 * title, note or star). The notes are the exporter's words about every record of the bundle, so an
 * operator scoped to some clients is told the case is there and not shown it; the records themselves
 * stay scoped wherever they are read.
 */
export function bundleCaseView(carried: BundleCase | null, operator: Operator): BundleCaseView {
  if (!carried) return { case: null, withheld: null };
  const empty = !carried.title && !carried.reference && carried.notes.length === 0 && carried.stars.length === 0;
  if (empty) return { case: null, withheld: null };
  if (operator.scope) return { case: null, withheld: SCOPED_CASE_WITHHELD };
  return {
    case: {
      title: carried.title ?? null,
      reference: carried.reference ?? null,
      notes: carried.notes.slice(0, BUNDLE_CASE_SHOWN),
      noteCount: carried.notes.length,
      stars: carried.stars
        .slice(0, BUNDLE_CASE_SHOWN)
        .map(({ family, recordId, note, at }) => ({ family, recordId, note: note ?? null, at })),
      starCount: carried.stars.length,
    },
    withheld: null,
  };
}
