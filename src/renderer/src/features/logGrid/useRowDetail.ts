/**
 * `useRowDetail(grid)`: the grid's row shown in the detail panel, and how the panel closes (Escape or its
 * Close button): the focus goes back to the row it showed (`useRowFocusReturn`), so the keyboard carries
 * on from there. The grid selects through `select`; the panel shows another row through `show`; `close`
 * goes to the panel's Close button and `closeOnEscape` to the element around the grid and the panel.
 * Given a `historyPlace`, the row shown stays with the window's history entry, and Back to the entry shows
 * it again (see `useDetailInHistory`); the panel then takes the focus (`focusRequest`, for the panel) when
 * the keyboard has no place or sits on the page's title, so Escape closes it as one opened by hand, unless
 * the focus goes back to a row's control the entry was left from (see `focusReturnsToRowAt`).
 * Given `inAddress`, the row shown is in the address as well (see `useDetailAddress`): `open` shows a row
 * as a new history entry, and `addressProblem` says why the event the address names is not shown.
 */
import { useState, type KeyboardEvent } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Result } from '../../../../shared/contract/errors';
import { focusIsLost } from '../../routing/focusIsLost';
import { focusReturnsToRowAt } from '../../routing/FocusHistory';
import { routeOfHash } from '../../routing/useHashRoute';
import { useDetailAddress } from './useDetailAddress';
import { restoredDetail, useDetailInHistory } from './useDetailInHistory';
import { useRowFocusReturn } from './useRowFocusReturn';

/**
 * Whether the keyboard has nowhere better to be than a detail shown again: lost, or on the page's title,
 * and not about to go back to a row's control the entry was left from (its client link followed).
 */
function keyboardIsFree(): boolean {
  if (focusReturnsToRowAt(routeOfHash(window.location.hash))) return false;
  return focusIsLost() || (document.activeElement?.matches('main h1') ?? false);
}

/** Keeps the row shown in the address too (see `useDetailAddress`), looking up by id one it names. */
interface InAddress<Row> {
  lookup: (id: string) => Promise<Result<Row | null>>;
}

export function useRowDetail<Row extends { id: string }>(
  api: GridApi<Row> | null,
  historyPlace?: string,
  inAddress?: InAddress<Row>,
) {
  const [restored] = useState(() => (historyPlace === undefined ? null : restoredDetail<Row>(historyPlace)));
  const [selected, setSelected] = useState<Row | null>(restored);
  const [focusRequest, setFocusRequest] = useState(() => (restored && keyboardIsFree() ? 1 : 0));
  useDetailInHistory(historyPlace ?? null, selected);
  const address = useDetailAddress(
    inAddress ? (historyPlace ?? 'detail') : null,
    selected,
    setSelected,
    () => setFocusRequest((request) => request + 1),
    inAddress?.lookup,
  );
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
  /** Shows another row from the detail itself (a surrounding event): a new entry of the history, where kept. */
  const open = (row: Row) => {
    address.pushNext();
    setSelected(row);
  };
  return {
    selected,
    show: setSelected,
    open,
    select: focusReturn.select,
    close,
    closeOnEscape,
    focusRequest,
    /** What the page says in place of the detail about the event its address names, and how it goes. */
    addressProblem: address.problem,
    dismissAddressProblem: address.dismiss,
  };
}
