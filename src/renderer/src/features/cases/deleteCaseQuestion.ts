import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { CaseSummary } from '../../../../shared/domain/investigationCase';

const counted = (count: number, one: string, many: string) =>
  count === 0 ? `no ${one}` : `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * The question asked before a case is deleted: the case named by its title and reference, and the
 * evidence it holds that goes with it, counted, so the operator knows which case, and how much, is lost.
 */
export function deleteCaseQuestion(
  summary: Pick<CaseSummary, 'title' | 'reference' | 'pinnedCount' | 'starredCount'>,
): string {
  const reference = summary.reference ? ` (${showHiddenCharacters(summary.reference)})` : '';
  const named = `Delete the case “${showHiddenCharacters(summary.title)}”${reference}?`;
  const pinned = counted(summary.pinnedCount, 'pinned query', 'pinned queries');
  const starred = counted(summary.starredCount, 'starred event', 'starred events');
  const lost = summary.pinnedCount + summary.starredCount === 0 ? '' : ', which will be lost with it';
  return `${named} It holds ${pinned} and ${starred}${lost}. This cannot be undone.`;
}
