import { useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import { OPERATIONAL_COLUMNS } from './columns';

/** Shows and hides columns; the grid then saves the layout for this operator. */
export function ColumnChooser({ gridApi }: { gridApi: RefObject<GridApi<OperationalLog> | null> }) {
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  const visible = (colId: string) => gridApi.current?.getColumn(colId)?.isVisible() ?? false;
  return (
    <div className="popover-anchor">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <fieldset className="popover" aria-label="Columns">
          {OPERATIONAL_COLUMNS.map((column) => (
            <label key={column.colId}>
              <input
                type="checkbox"
                checked={visible(column.colId ?? '')}
                onChange={(event) => {
                  gridApi.current?.setColumnsVisible([column.colId ?? ''], event.target.checked);
                  refresh((value) => value + 1);
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
