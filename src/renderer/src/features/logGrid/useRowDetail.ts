/**
 * `useRowDetail(grid)`: the grid's row shown in the detail panel, and how the panel closes (Escape or its
 * Close button): the focus goes back to the row it showed (`useRowFocusReturn`), so the keyboard carries
 * on from there. The grid selects through `select`; the panel shows another row through `show`; `close`
 * goes to the panel's Close button and `closeOnEscape` to the element around the grid and the panel.
 * Given a `historyPlace`, the row shown stays with the window's history entry, and Back to the entry shows
 * it again (see `useDetailInHistory`).
 */
import { useState, type KeyboardEvent } from 'react';
import type { GridApi } from 'ag-grid-community';
import { restoredDetail, useDetailInHistory } from './useDetailInHistory';
import { useRowFocusReturn } from './useRowFocusReturn';

export function useRowDetail<Row extends { id: string }>(api: GridApi<Row> | null, historyPlace?: string) {
  const [selected, setSelected] = useState<Row | null>(() =>
    historyPlace === undefined ? null : restoredDetail<Row>(historyPlace),
  );
  useDetailInHistory(historyPlace ?? null, selected);
  const focusReturn = useRowFocusReturn(api, setSelected);
  const close = () => {
    if (selected) focusReturn.returnTo(selected.id);
    setSelected(null);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !selected) return;
    event.preventDefault();
    close();
  };
  return { selected, show: setSelected, select: focusReturn.select, close, closeOnEscape };
}
