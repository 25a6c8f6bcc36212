/**
 * `useRowFocusReturn(grid, onSelect)`: where focus goes when a row's detail panel closes (Escape, the
 * Close button): back to that row's cell in the grid, or to the grid's first row when the grid no
 * longer holds it (a surrounding event opened from the panel). Focusing a cell selects its row, so
 * the grid's selection goes through `select`, which lets that one focus pass without reopening the
 * detail. `returnTo(rowId)` asks for it once the panel is gone; each request is served once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';

interface FocusRequest {
  rowId: string;
}

export function useRowFocusReturn<Row extends { id: string }>(
  api: GridApi<Row> | null,
  onSelect: (row: Row | null) => void,
) {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  /**
   * The request a grid took already: a grid built later (another page size or paging mode) must leave
   * the focus on the control the operator pressed, not pull it back to a row closed long before.
   */
  const served = useRef<FocusRequest | null>(null);
  /** True while the grid takes focus back: the cell it focuses is not a new choice of row. */
  const quiet = useRef(false);
  useEffect(() => {
    if (!request || request === served.current || !api || api.isDestroyed()) return;
    served.current = request;
    const column = api.getAllDisplayedColumns()[0];
    if (!column || api.getDisplayedRowCount() === 0) return;
    const index = api.getRowNode(request.rowId)?.rowIndex ?? 0;
    quiet.current = true;
    api.ensureIndexVisible(index);
    api.setFocusedCell(index, column);
    // The grid tells of the focus before this returns; a later focus is the operator's again.
    const settle = setTimeout(() => (quiet.current = false), 0);
    return () => {
      clearTimeout(settle);
      quiet.current = false;
    };
  }, [request, api]);
  const select = useCallback(
    (row: Row | null) => {
      if (!quiet.current) onSelect(row);
    },
    [onSelect],
  );
  const returnTo = useCallback((rowId: string) => setRequest({ rowId }), []);
  return { select, returnTo };
}
