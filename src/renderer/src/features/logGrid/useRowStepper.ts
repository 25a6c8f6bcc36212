/**
 * `useRowStepper(grid, selected, onSelect)`: the previous and next row of the grid around the
 * selected one, for the detail panel: `{ previous, next }`, each absent where there is none (the
 * first row, the last, or a row the grid does not hold). Stepping selects the row, scrolls it into
 * view and loads it first when the grid has not yet. A row shown before the grid read it (a detail Back
 * comes to) gets its neighbours once the grid's rows arrive. For a row the grid's loaded rows do not hold
 * (a surrounding event), `unavailable` says why there is neither, and the grid selects no row, so it
 * claims none as the one shown; a row it holds is the one it selects.
 */
import { useEffect, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';

interface Stepper {
  previous?: () => void;
  next?: () => void;
  unavailable?: string;
}

const NOT_IN_GRID =
  'This event is not among the rows the grid has loaded, so there is no previous or next event to step to. ' +
  'Close the detail to go back to the grid.';

export function useRowStepper<Row extends { id: string }>(
  api: GridApi<Row> | null,
  selected: Row | null,
  onSelect: (row: Row) => void,
): Stepper {
  /** The grid's rows as last read: each change finds the selected row anew. */
  const [rows, setRows] = useState({ count: 0 });
  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    const note = () => {
      if (!api.isDestroyed()) setRows({ count: api.getDisplayedRowCount() });
    };
    note();
    api.addEventListener('modelUpdated', note);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('modelUpdated', note);
    };
  }, [api]);
  useEffect(() => {
    if (!selected || !api || api.isDestroyed()) return;
    for (const node of api.getSelectedNodes()) if (node.data?.id !== selected.id) node.setSelected(false);
    const shown = api.getRowNode(selected.id);
    if (shown && !shown.isSelected()) shown.setSelected(true, true);
  }, [api, selected, rows]);
  return useMemo(() => {
    const live = api && !api.isDestroyed() ? api : null;
    const index = selected && live ? live.getRowNode(selected.id)?.rowIndex : null;
    if (!live || index === null || index === undefined) {
      // Until the grid's first rows arrive, it is not known whether they hold the event.
      const loaded = live?.getDisplayedRowAtIndex(0)?.data !== undefined;
      return selected && loaded ? { unavailable: NOT_IN_GRID } : {};
    }
    const go = (target: number) => () => {
      if (live.isDestroyed()) return;
      live.ensureIndexVisible(target);
      const pick = () => {
        const node = live.getDisplayedRowAtIndex(target);
        if (!node?.data) return false;
        node.setSelected(true, true);
        onSelect(node.data);
        return true;
      };
      if (pick()) return;
      const retry = () => {
        if (pick()) live.removeEventListener('modelUpdated', retry);
      };
      live.addEventListener('modelUpdated', retry);
    };
    return {
      ...(index > 0 ? { previous: go(index - 1) } : {}),
      ...(index + 1 < rows.count ? { next: go(index + 1) } : {}),
    };
  }, [api, selected, onSelect, rows]);
}
