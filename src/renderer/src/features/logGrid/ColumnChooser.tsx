/**
 * `<ColumnChooser columns grid />`: shows and hides a grid's columns; the grid then saves the layout
 * for this operator. It waits for the grid to carry the operator's saved layout (`grid` is null until
 * then): a choice made earlier would be undone when that layout arrived, and never saved.
 */
import { useEffect, useState } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';

export function ColumnChooser<Row>({ columns, grid }: { columns: readonly ColDef<Row>[]; grid: GridApi<Row> | null }) {
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  // Follows the grid while open, so each box shows what the grid shows.
  useEffect(() => {
    if (!open || !grid || grid.isDestroyed()) return;
    const onChange = () => refresh((value) => value + 1);
    grid.addEventListener('columnVisible', onChange);
    return () => {
      if (!grid.isDestroyed()) grid.removeEventListener('columnVisible', onChange);
    };
  }, [open, grid]);
  const visible = (colId: string) => grid?.getColumn(colId)?.isVisible() ?? false;
  return (
    <div className="popover-anchor">
      <button type="button" aria-expanded={open && grid !== null} disabled={!grid} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && grid && (
        <fieldset className="popover" aria-label="Columns">
          {columns.map((column) => (
            <label key={column.colId}>
              <input
                type="checkbox"
                checked={visible(column.colId ?? '')}
                onChange={(event) => grid.setColumnsVisible([column.colId ?? ''], event.target.checked)}
              />
              {column.headerName}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
