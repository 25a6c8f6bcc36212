import { bundleCoverage } from '../../../../shared/domain/bundleCoverage';
import { useOperator } from '../access/OperatorContext';
import { bundleHistoryText } from './bundleHistoryText';

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
      {bundleHistoryText(openBundle)}
      {narrowed ? ` ${narrowed.text.trim()}` : ''}
    </p>
  );
}
