import { bundleCoverage } from '../../../../shared/domain/bundleCoverage';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useOperator } from '../access/OperatorContext';

/**
 * Over a reopened bundle, what a change or an edit history says of the edits it steps through: only those
 * the bundle holds, so an earlier version of the entity may lie outside it. Nothing when the source is live.
 */
export function BundleHistoryNote() {
  const { openBundle, bundleCoverage: ground } = useOperator();
  if (openBundle === null) return null;
  const narrowed = bundleCoverage(ground, { family: 'activity' }, '');
  return (
    <p role="note" className="bundle-coverage wrap-anywhere">
      The edit history is limited to the reopened bundle {showHiddenCharacters(openBundle)}: an edit it does not hold,
      an earlier one included, is not listed, which does not mean there was none.
      {narrowed ? ` ${narrowed.text.trim()}` : ''}
    </p>
  );
}
