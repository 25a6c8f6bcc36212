import type { ChangeComparison, DiffCell, DiffRow } from '../../../../shared/domain/changeDiff';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

const STATUS_LABELS: Record<DiffRow['status'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  typeChanged: 'type changed',
  moved: 'moved',
  unchanged: 'unchanged',
};

function cellText(cell: DiffCell | null, row: DiffRow): string {
  if (cell === null) return '—';
  if (row.hidden) return 'value hidden';
  // The values come from the logs: a hidden character in them is shown by its name.
  const text = showHiddenCharacters(cell.text ?? '', { lines: true });
  return row.status === 'typeChanged' ? `${text} (${cell.kind})` : text;
}

/** What a screen reader says for a row: the field, what happened, and the values unless hidden. */
function rowName(row: DiffRow): string {
  const field = showHiddenCharacters(row.path.join('.'));
  if (row.hidden) return `${field}: changed, value hidden`;
  const before = cellText(row.before, row);
  const after = cellText(row.after, row);
  if (row.status === 'added') return `${field}: added, ${after}`;
  if (row.status === 'removed') return `${field}: removed, was ${before}`;
  if (row.status === 'unchanged') return `${field}: unchanged, ${after}`;
  if (row.status === 'moved') return `${field}: moved from position ${row.beforeIndex} to ${row.afterIndex}`;
  return `${field}: ${STATUS_LABELS[row.status]} from ${before} to ${after}`;
}

function summaryText(comparison: ChangeComparison): string {
  const { summary } = comparison;
  const parts = (['changed', 'added', 'removed', 'typeChanged', 'moved', 'hidden'] as const)
    .filter((key) => summary[key] > 0)
    .map((key) => `${summary[key]} ${key === 'hidden' ? 'hidden' : STATUS_LABELS[key]}`);
  return parts.length > 0 ? parts.join(', ') : 'No differences';
}

/** Before and after side by side, one row per value, nested rows indented under their container. */
export function DiffTable({ comparison, showUnchanged }: { comparison: ChangeComparison; showUnchanged: boolean }) {
  const rows = showUnchanged ? comparison.rows : comparison.rows.filter((row) => row.status !== 'unchanged');
  return (
    <>
      <p className="diff-summary" aria-label="Summary of the change">
        {summaryText(comparison)}
        {comparison.omittedRows > 0 &&
          ` — ${comparison.omittedRows} more rows are not listed; copy a side to see it whole`}
      </p>
      <table className="diff-table diff-sides" aria-label="Before and after">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">What happened</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.path.join('\u0000')}-${index}`} aria-label={rowName(row)} className={`diff-${row.status}`}>
              <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 1.25}rem` }}>
                {showHiddenCharacters(row.label)}
              </th>
              <td className={row.hidden ? 'diff-hidden' : undefined}>{cellText(row.before, row)}</td>
              <td className={row.hidden ? 'diff-hidden' : undefined}>{cellText(row.after, row)}</td>
              <td>{row.hidden ? 'changed, value hidden' : STATUS_LABELS[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">Nothing differs between before and after.</p>}
    </>
  );
}
