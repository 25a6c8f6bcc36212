/**
 * `useRowDetail(grid)`: the grid's row shown in the detail panel, and how the panel closes (Escape or its
 * Close button): the focus goes back to the row it showed (`useRowFocusReturn`), so the keyboard carries
 * on from there. The grid selects through `select`; the panel shows another row through `show`; `close`
 * goes to the panel's Close button and `closeOnEscape` to the element around the grid and the panel.
 * Given a `historyPlace`, the row shown stays with the window's history entry, and Back to the entry shows
 * it again (see `useDetailInHistory`); the panel then takes the focus (`focusRequest`, for the panel) when
 * the keyboard has no place or sits on the page's title, so Escape closes it as one opened by hand.
 */
import { useState, type KeyboardEvent } from 'react';
import type { GridApi } from 'ag-grid-community';
import { focusIsLost } from '../../routing/focusIsLost';
import { restoredDetail, useDetailInHistory } from './useDetailInHistory';
import { useRowFocusReturn } from './useRowFocusReturn';

/** Whether the keyboard has nowhere better to be than a detail shown again: lost, or on the page's title. */
function keyboardIsFree(): boolean {
  return focusIsLost() || (document.activeElement?.matches('main h1') ?? false);
}

export function useRowDetail<Row extends { id: string }>(api: GridApi<Row> | null, historyPlace?: string) {
  const [restored] = useState(() => (historyPlace === undefined ? null : restoredDetail<Row>(historyPlace)));
  const [selected, setSelected] = useState<Row | null>(restored);
  const [focusRequest, setFocusRequest] = useState(() => (restored && keyboardIsFree() ? 1 : 0));
  useDetailInHistory(historyPlace ?? null, selected);
  const focusReturn = useRowFocusReturn(api, setSelected);
  const close = () => {
    if (selected) focusReturn.returnTo(selected.id);
    setSelected(null);
    // A detail opened again by hand leaves the focus where the operator is.
    setFocusRequest(0);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !selected) return;
    event.preventDefault();
    close();
  };
  return { selected, show: setSelected, select: focusReturn.select, close, closeOnEscape, focusRequest };
}
