/**
 * `<ColumnChooser columns gridApi />`: shows and hides a grid's columns; the grid then saves the
 * layout for this operator.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';

export function ColumnChooser<Row>({
  columns,
  gridApi,
}: {
  columns: readonly ColDef<Row>[];
  gridApi: RefObject<GridApi<Row> | null>;
}) {
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  // Follows the grid while open: the operator's saved layout may arrive after the popup opened.
  useEffect(() => {
    const grid = gridApi.current;
    if (!open || !grid || grid.isDestroyed()) return;
    const onChange = () => refresh((value) => value + 1);
    grid.addEventListener('columnVisible', onChange);
    return () => {
      if (!grid.isDestroyed()) grid.removeEventListener('columnVisible', onChange);
    };
  }, [open, gridApi]);
  const visible = (colId: string) => gridApi.current?.getColumn(colId)?.isVisible() ?? false;
  return (
    <div className="popover-anchor">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <fieldset className="popover" aria-label="Columns">
          {columns.map((column) => (
            <label key={column.colId}>
              <input
                type="checkbox"
                checked={visible(column.colId ?? '')}
                onChange={(event) => {
                  gridApi.current?.setColumnsVisible([column.colId ?? ''], event.target.checked);
                }}
              />
              {column.headerName}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
