import { useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import { OPERATIONAL_COLUMNS } from './columns';

/**
 * Shows and hides columns; the grid then saves the layout for this operator. It waits for the grid
 * to carry the operator's saved layout (`grid` is null until then): a choice made earlier would be
 * undone when that layout arrived, and never saved.
 */
export function ColumnChooser({ grid }: { grid: GridApi<OperationalLog> | null }) {
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
          {OPERATIONAL_COLUMNS.map((column) => (
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
