/**
 * `useRowStepper(grid, selected, onSelect)`: the previous and next row of the grid around the
 * selected one, for the detail panel: `{ previous, next }`, each absent where there is none (the
 * first row, the last, or a row the grid does not hold). Stepping selects the row, scrolls it into
 * view and loads it first when the grid has not yet. A row shown before the grid read it (a detail Back
 * comes to) gets its neighbours once the grid's rows arrive.
 */
import { useEffect, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';

interface Stepper {
  previous?: () => void;
  next?: () => void;
}

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
  return useMemo(() => {
    const index = selected && api && !api.isDestroyed() ? api.getRowNode(selected.id)?.rowIndex : null;
    if (!api || index === null || index === undefined) return {};
    const go = (target: number) => () => {
      if (api.isDestroyed()) return;
      api.ensureIndexVisible(target);
      const pick = () => {
        const node = api.getDisplayedRowAtIndex(target);
        if (!node?.data) return false;
        node.setSelected(true, true);
        onSelect(node.data);
        return true;
      };
      if (pick()) return;
      const retry = () => {
        if (pick()) api.removeEventListener('modelUpdated', retry);
      };
      api.addEventListener('modelUpdated', retry);
    };
    return {
      ...(index > 0 ? { previous: go(index - 1) } : {}),
      ...(index + 1 < rows.count ? { next: go(index + 1) } : {}),
    };
  }, [api, selected, onSelect, rows]);
}
