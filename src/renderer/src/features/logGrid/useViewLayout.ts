/**
 * `useViewLayout(family, gridApi, onApply)`: how a saved view meets the grid: the columns shown now, as a view
 * keeps them (`columnsNow`); a view's query and columns shown (`show`, `choose`, which makes it the active
 * view); and back to no view, with the grid's default layout (`leave`).
 */
import type { RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { ColumnState, SavedView } from '../../../../shared/domain/preferences';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { setActiveView } from './activeView';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';
import type { RouteRewrite } from './rewrittenRoute';

export function useViewLayout<F extends LogFamily>(
  family: GridFamily<F>,
  gridApi: RefObject<GridApi<RowOf<F>> | null>,
  onApply: (query: QueryOf<F>, rewrite: RouteRewrite) => void,
) {
  const api = useApi();
  const columnsNow = (): ColumnState[] =>
    (gridApi.current?.getColumnState() ?? []).map((column) => ({
      colId: column.colId,
      ...(column.width ? { width: Math.round(column.width) } : {}),
      hide: Boolean(column.hide),
    }));
  /** Shows `query` with `columns`: what the address held besides (text, a filter, what the page could not read) goes. */
  const show = (query: LogQuery, columns: ColumnState[]) => {
    const grid = gridApi.current;
    // A grid not shown now (the link's problems are) takes the view's layout as it comes back, from the active view.
    if (grid && !grid.isDestroyed() && columns.length > 0) grid.applyColumnState({ state: columns, applyOrder: true });
    onApply(query as QueryOf<F>, { dropUnread: true });
  };
  const choose = (view: SavedView) => {
    if (view.query.family !== family.family) return;
    setActiveView(family.grid, { view, columns: view.columns });
    show(view.query, view.columns);
  };
  /** Back to no view: the grid's default layout again, the query as it is. */
  const leave = () => {
    setActiveView(family.grid, null);
    void api.gridColumns({ grid: family.grid }).then((result) => {
      const grid = gridApi.current;
      if (!grid || grid.isDestroyed()) return;
      grid.resetColumnState();
      if (result.ok && result.data.length > 0) grid.applyColumnState({ state: result.data, applyOrder: true });
    });
  };
  return { columnsNow, show, choose, leave };
}
