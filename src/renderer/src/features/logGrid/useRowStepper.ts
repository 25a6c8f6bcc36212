/**
 * `useRowStepper(grid, selected, onSelect)`: the previous and next row of the grid around the
 * selected one, for the detail panel: `{ previous, next }`, each absent where there is none (the
 * first row, the last, or a row the grid does not hold). Stepping selects the row, scrolls it into
 * view and loads it first when the grid has not yet.
 */
import { useMemo } from 'react';
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
    const count = api.getDisplayedRowCount();
    return {
      ...(index > 0 ? { previous: go(index - 1) } : {}),
      ...(index + 1 < count ? { next: go(index + 1) } : {}),
    };
  }, [api, selected, onSelect]);
}
