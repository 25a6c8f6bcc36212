import type { ChangeComparison, DiffCell, DiffRow } from '../../../../shared/domain/changeDiff';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { cutValueNote } from './changeText';
import { DIFF_STATUS_LABELS } from './diffStatusLabels';
import { diffSummaryText } from './diffSummaryText';
import { ValueCell } from './ValueCell';

/** One side of a row, named by its field and side. */
function SideCell({ row, side }: { row: DiffRow; side: 'before' | 'after' }) {
  const name = `${showHiddenCharacters(row.path.join('.'))}, ${side}`;
  return (
    <ValueCell text={cellText(row[side], row, side)} name={name} className={row.hidden ? 'diff-hidden' : undefined} />
  );
}

function cellText(cell: DiffCell | null, row: DiffRow, side: 'before' | 'after'): string {
  if (cell === null) return '—';
  if (row.hidden) return 'value hidden';
  // The values come from the logs: a hidden character in them is shown by its name.
  const cut = cell.wholeLength === undefined ? '' : `${cutValueNote(cell)}; Copy ${side} gives it whole`;
  const text = `${showHiddenCharacters(cell.text ?? '', { lines: true })}${cut}`;
  return row.status === 'typeChanged' ? `${text} (${cell.kind})` : text;
}

/** What a screen reader says for a row: the field, what happened, and the values unless hidden. */
function rowName(row: DiffRow): string {
  const field = showHiddenCharacters(row.path.join('.'));
  if (row.hidden) return `${field}: changed, value hidden`;
  const before = cellText(row.before, row, 'before');
  const after = cellText(row.after, row, 'after');
  if (row.status === 'added') return `${field}: added, ${after}`;
  if (row.status === 'removed') return `${field}: removed, was ${before}`;
  if (row.status === 'unchanged') return `${field}: unchanged, ${after}`;
  if (row.status === 'moved') return `${field}: moved from position ${row.beforeIndex} to ${row.afterIndex}`;
  return `${field}: ${DIFF_STATUS_LABELS[row.status]} from ${before} to ${after}`;
}

/** Before and after side by side, one row per value, nested rows indented under their container. */
export function DiffTable({ comparison, showUnchanged }: { comparison: ChangeComparison; showUnchanged: boolean }) {
  const rows = showUnchanged ? comparison.rows : comparison.rows.filter((row) => row.status !== 'unchanged');
  // Many producers log only the fields an edit touched: ticking the box then lists nothing more, and says why.
  const noneUnchanged =
    showUnchanged &&
    rows.length > 0 &&
    comparison.omittedRows === 0 &&
    !comparison.rows.some((row) => row.status === 'unchanged');
  const summary = `${diffSummaryText(comparison.summary)}${
    comparison.omittedRows > 0
      ? ` — ${comparison.omittedRows} more rows are not listed; copy a side to see it whole`
      : ''
  }`;
  return (
    <>
      <p className="diff-summary" aria-label={`Summary of the change: ${summary}`}>
        {summary}
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
              <SideCell row={row} side="before" />
              <SideCell row={row} side="after" />
              <td>{row.hidden ? 'changed, value hidden' : DIFF_STATUS_LABELS[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">Nothing differs between before and after.</p>}
      {noneUnchanged && (
        <p className="muted" role="status">
          The log holds only the values this edit changed, so there are no unchanged values to list.
        </p>
      )}
    </>
  );
}
