/**
 * `<ColumnChooser columns grid />`: shows, hides and orders a grid's columns; the grid then saves the
 * layout for this operator (or the active saved view), as it does after a drag. The list reads in the
 * grid's order, and each column has "Move … left" and "Move … right" buttons: the keyboard's way to
 * reorder what the mouse drags. A move steps past the next shown column (and any hidden ones between), so
 * every press changes what the grid shows; it is announced with the column's new place among the columns
 * shown, and the focus stays on the button pressed. It waits for the grid to carry the operator's saved
 * layout (`grid` is null until then): a choice made earlier would be undone when that layout arrived, and
 * never saved. The last
 * column shown cannot be hidden: a grid without columns shows a match count over nothing. Escape closes
 * the list and gives focus back to the Columns button.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import { ColumnChoice } from './ColumnChoice';
import { movedNote, planColumnMove, type MoveDirection } from './columnMove';

/** The grid events after which the list reads the grid again: a column shown, hidden or moved (a drag too). */
const FOLLOWED = ['columnVisible', 'columnMoved'] as const;

export function ColumnChooser<Row>({ columns, grid }: { columns: readonly ColDef<Row>[]; grid: GridApi<Row> | null }) {
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  const [note, setNote] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | null>(null);
  const lastShownNoteId = useId();
  // Follows the grid while open, so the list shows what the grid shows, in its order.
  useEffect(() => {
    if (!open || !grid || grid.isDestroyed()) return;
    const onChange = () => refresh((value) => value + 1);
    for (const type of FOLLOWED) grid.addEventListener(type, onChange);
    return () => {
      if (grid.isDestroyed()) return;
      for (const type of FOLLOWED) grid.removeEventListener(type, onChange);
    };
  }, [open, grid]);
  // A moved row's button was taken out of the page and put back: it gets the focus again.
  useLayoutEffect(() => {
    if (refocus.current === null) return;
    moveButtons.current.get(refocus.current)?.focus();
    refocus.current = null;
  });
  const live = open && grid !== null && !grid.isDestroyed();
  // Asked of the grid only while the list is open: a grid being replaced refuses every question.
  const order = live ? grid.getColumnState().map((column) => column.colId) : [];
  const ordered = order.flatMap((colId) => columns.filter((column) => column.colId === colId));
  const visible = (colId: string) => (live ? (grid.getColumn(colId)?.isVisible() ?? false) : false);
  const shown = ordered.filter((column) => visible(column.colId ?? ''));
  const shownIds = new Set(shown.map((column) => column.colId ?? ''));
  const lastShown = shown.length === 1 ? shown[0]?.colId : undefined;
  const move = (colId: string, name: string, direction: MoveDirection) => {
    const planned = planColumnMove(order, shownIds, colId, direction);
    if (!live || planned === null) return;
    refocus.current = `${colId}:${direction}`;
    grid.moveColumns([colId], planned.to);
    setNote(movedNote(name, direction, planned, !shownIds.has(colId)));
  };
  const toggle = () => {
    setNote('');
    setOpen(!open);
  };
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
      <button ref={button} type="button" aria-expanded={open && grid !== null} disabled={!grid} onClick={toggle}>
        Columns
      </button>
      {open && grid && (
        <fieldset className="popover column-chooser" aria-label="Columns">
          {ordered.map((column) => {
            const colId = column.colId ?? '';
            return (
              <ColumnChoice
                key={colId}
                name={column.headerName ?? colId}
                shown={visible(colId)}
                locked={colId === lastShown}
                lockedNoteId={lastShownNoteId}
                first={planColumnMove(order, shownIds, colId, 'left') === null}
                last={planColumnMove(order, shownIds, colId, 'right') === null}
                onShow={(show) => grid.setColumnsVisible([colId], show)}
                onMove={(direction) => move(colId, column.headerName ?? colId, direction)}
                moveButton={(direction, element) => {
                  const key = `${colId}:${direction}`;
                  if (element) moveButtons.current.set(key, element);
                  else moveButtons.current.delete(key);
                }}
              />
            );
          })}
          {lastShown !== undefined && (
            <p id={lastShownNoteId} className="query-hint muted">
              At least one column stays shown.
            </p>
          )}
          <p role="status" className="query-hint muted">
            {note}
          </p>
        </fieldset>
      )}
    </div>
  );
}
