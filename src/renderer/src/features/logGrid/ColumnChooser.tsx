/**
 * `<ColumnChooser columns grid />`: shows and hides a grid's columns; the grid then saves the layout
 * for this operator. It waits for the grid to carry the operator's saved layout (`grid` is null until
 * then): a choice made earlier would be undone when that layout arrived, and never saved. The last
 * column shown cannot be hidden: a grid without columns shows a match count over nothing. Escape closes
 * the list and gives focus back to the Columns button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';

export function ColumnChooser<Row>({ columns, grid }: { columns: readonly ColDef<Row>[]; grid: GridApi<Row> | null }) {
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const lastShownNoteId = useId();
  // Follows the grid while open, so each box shows what the grid shows.
  useEffect(() => {
    if (!open || !grid || grid.isDestroyed()) return;
    const onChange = () => refresh((value) => value + 1);
    grid.addEventListener('columnVisible', onChange);
    return () => {
      if (!grid.isDestroyed()) grid.removeEventListener('columnVisible', onChange);
    };
  }, [open, grid]);
  const live = open && grid !== null && !grid.isDestroyed();
  const visible = (colId: string) => (live ? (grid.getColumn(colId)?.isVisible() ?? false) : false);
  // Asked of the grid only while the list is open: a grid being replaced refuses every question.
  const shown = live ? columns.filter((column) => visible(column.colId ?? '')) : [];
  const lastShown = shown.length === 1 ? shown[0]?.colId : undefined;
  return (
    <div
      className="popover-anchor"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open && grid !== null}
        disabled={!grid}
        onClick={() => setOpen(!open)}
      >
        Columns
      </button>
      {open && grid && (
        <fieldset className="popover" aria-label="Columns">
          {columns.map((column) => {
            const locked = column.colId === lastShown;
            return (
              <label key={column.colId}>
                <input
                  type="checkbox"
                  checked={visible(column.colId ?? '')}
                  disabled={locked}
                  aria-describedby={locked ? lastShownNoteId : undefined}
                  onChange={(event) => grid.setColumnsVisible([column.colId ?? ''], event.target.checked)}
                />
                {column.headerName}
              </label>
            );
          })}
          {lastShown !== undefined && (
            <p id={lastShownNoteId} className="query-hint muted">
              At least one column stays shown.
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
