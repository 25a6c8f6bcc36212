/**
 * The state behind one log grid: `useLogGrid(family, query, onQueryChange)` feeds AG Grid from cursor
 * pages of `query`, keeps the match total, partial/missing-field/redaction notes and the last failure
 * (`status`), restores and saves the operator's column layout for `family.grid`, and turns header
 * clicks into a new sort through `onQueryChange`. Pass its result to `LogGrid` and `GridBanners`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi, GridReadyEvent, SortChangedEvent } from 'ag-grid-community';
import type { Failure, Result } from '../../../../shared/contract/errors';
import { layoutOrDefault, type ColumnState } from '../../../../shared/domain/preferences';
import type { LogFamily } from '../../../../shared/query/logQuery';
import type { LogPage } from '../../../../shared/query/logSource';
import { useApi } from '../../api/ApiContext';
import { activeViewOf, setActiveView } from './activeView';
import { createCursorDatasource } from './createCursorDatasource';
import { createPageDatasource, freshPageStarts, type PageStarts } from './createPageDatasource';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';
import { rememberNames } from './knownNames';
import { namesInRow } from './queryFilters';
import { defaultQuery } from './queryRoute';
import { SCROLLING, type GridPaging } from './routePaging';

export interface GridStatus {
  total: LogPage['total'] | null;
  partial: LogPage['partial'];
  missingFields: string[];
  /** Values the console redacted in the rows loaded so far, by rule. */
  redactions: Record<string, number>;
  loading: boolean;
  /** When the first page of the rows on screen was asked for: the "now" of a relative range. */
  asOf: Date | null;
  /** The last failure; the grid keeps what it showed and says since when it is stale. */
  failure: Failure | null;
  staleSince: Date | null;
  /** In numbered pages: the page asked for lies past the last match (the total is in `total`). */
  pastEnd: boolean;
}

const initialStatus: GridStatus = {
  total: null,
  partial: null,
  missingFields: [],
  redactions: {},
  loading: false,
  asOf: null,
  failure: null,
  staleSince: null,
  pastEnd: false,
};

function addCounts(into: Record<string, number>, more: Record<string, number>): Record<string, number> {
  const sum = { ...into };
  for (const [rule, count] of Object.entries(more)) sum[rule] = (sum[rule] ?? 0) + count;
  return sum;
}

export function useLogGrid<F extends LogFamily>(
  family: GridFamily<F>,
  query: QueryOf<F>,
  onQueryChange: (query: QueryOf<F>) => void,
  paging: GridPaging = SCROLLING,
) {
  const api = useApi();
  const calls = useMemo(() => family.calls(api), [family, api]);
  const gridApi = useRef<GridApi<RowOf<F>> | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  /** False until the operator's saved layout is applied: the grid's own start-up events must not overwrite it. */
  const layoutApplied = useRef(false);
  /** The grid once that layout is on it; before, a column the operator showed would be undone by its arrival. */
  const [settledGrid, setSettledGrid] = useState<GridApi<RowOf<F>> | null>(null);
  const queryKey = JSON.stringify(query);
  // The page stays mounted while its query changes: a new query starts from a blank status at once,
  // and answers to a query no longer shown (still in flight when it changed) change nothing.
  const [keyed, setKeyed] = useState({ key: queryKey, status: initialStatus });
  if (keyed.key !== queryKey) setKeyed({ key: queryKey, status: initialStatus });
  const status = keyed.status;
  const setStatus = useCallback(
    (key: string, change: (previous: GridStatus) => GridStatus) =>
      setKeyed((previous) => (previous.key === key ? { key, status: change(previous.status) } : previous)),
    [],
  );
  /** Bumped by refresh: a new datasource reads the query again from its first page, with a fresh "now". */
  const [generation, setGeneration] = useState(0);
  const firstAskedAt = useRef<Date | null>(null);
  /** Where each numbered page of this query starts; a new query starts afresh (see createPageDatasource). */
  const pages = useRef<{ key: string; known: PageStarts }>({ key: queryKey, known: freshPageStarts() });

  const fetchPage = useCallback(
    (cursor: string | undefined, skip = 0): Promise<Result<LogPage>> => {
      const abort = new AbortController();
      inFlight.current = abort;
      setStatus(queryKey, (previous) => ({ ...previous, loading: true }));
      if (cursor === undefined) firstAskedAt.current = new Date();
      const request = { ...query, ...(cursor === undefined ? {} : { cursor }), ...(skip > 0 ? { skip } : {}) };
      // Both transports answer CANCELLED as soon as the signal aborts, and stop the query in main.
      return calls.search(request, { signal: abort.signal }).then((result) => {
        if (inFlight.current === abort) inFlight.current = null;
        setStatus(queryKey, (previous) =>
          result.ok
            ? { ...previous, loading: false, failure: null, staleSince: null }
            : { ...previous, loading: false, failure: result, staleSince: previous.staleSince ?? new Date() },
        );
        return result;
      });
    },
    // queryKey stands for query: a new object with the same content is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [calls, queryKey, generation],
  );

  const datasource = useMemo(() => {
    if (paging.mode === 'pages') return pageDatasource();
    // The datasource calls fetchPage only from grid callbacks, never while rendering.
    // eslint-disable-next-line react-hooks/refs
    const cursorSource = createCursorDatasource({
      family: family.family,
      pageSize: query.pageSize,
      fetchPage,
      onPage: (page, block) => {
        for (const row of page.rows) rememberNames(namesInRow(family.family, row));
        setStatus(queryKey, (previous) => ({
          ...previous,
          total: block === 0 ? page.total : (previous.total ?? page.total),
          asOf: block === 0 ? firstAskedAt.current : previous.asOf,
          partial: page.partial ?? (block === 0 ? null : previous.partial),
          missingFields: page.missingFields,
          redactions: addCounts(block === 0 ? {} : previous.redactions, page.redactions),
        }));
      },
    });
    return {
      cursorSource,
      release: () => cursorSource.cursors().at(-1),
      grid: {
        getRows: (
          params: Parameters<typeof cursorSource.getRows>[0] & { sortModel: { colId: string; sort: string }[] },
        ) => {
          const sort = params.sortModel[0];
          // A header click changes the route, which brings a new datasource: this old one reads nothing
          // more, and answers the request when it is destroyed.
          if (sort && (sort.colId !== query.sort.field || sort.sort !== query.sort.direction))
            cursorSource.hold(params);
          else cursorSource.getRows(params);
        },
      },
    };

    function pageDatasource() {
      if (pages.current.key !== queryKey) pages.current = { key: queryKey, known: freshPageStarts() };
      const known = pages.current.known;
      const pageSource = createPageDatasource({
        page: paging.page,
        pageSize: query.pageSize,
        starts: known,
        fetchPage,
        onPage: (page) => {
          for (const row of page.rows) rememberNames(namesInRow(family.family, row));
          setStatus(queryKey, (previous) => ({
            ...previous,
            total: page.total,
            partial: page.partial,
            missingFields: page.missingFields,
            redactions: page.redactions,
            pastEnd: false,
          }));
        },
        onPastEnd: (total) =>
          setStatus(queryKey, (previous) => ({ ...previous, total: { value: total, relation: 'eq' }, pastEnd: true })),
      });
      // Pages of one query share its point in time: the effect below lets it go with the query.
      return { cursorSource: pageSource, release: () => undefined, grid: pageSource };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetchPage, paging.mode, paging.page]);

  /**
   * The datasource and sort of the query shown now, for a grid that becomes ready later: the query may
   * change (a link, a Save) while the grid is not mounted or waits for its layout, and the datasources
   * of earlier queries are destroyed by then.
   */
  const current = useRef({ datasource: datasource.grid, sort: query.sort });
  useEffect(() => {
    current.current = { datasource: datasource.grid, sort: query.sort };
  }, [datasource, query.sort]);

  useEffect(() => {
    // A page size change remounts the grid: the old one is destroyed and must not be touched.
    const live = gridApi.current;
    if (live && !live.isDestroyed()) {
      // A sort the route brings (a link, a saved view, Back) shows in the headers before rows are read.
      const { sort } = current.current;
      const shown = live.getColumnState().find((column) => column.sort);
      if (shown?.colId !== sort.field || shown.sort !== sort.direction) {
        live.applyColumnState({ state: [{ colId: sort.field, sort: sort.direction }], defaultState: { sort: null } });
      }
      live.setGridOption('datasource', datasource.grid);
    }
    return () => {
      datasource.cursorSource.destroy();
      const last = datasource.release();
      if (last) void api.releaseCursor({ family: family.family, cursor: last });
    };
  }, [api, datasource, family.family]);

  useEffect(() => {
    const mine = pages.current;
    return () => {
      if (mine.key !== queryKey) return;
      const last = [...mine.known.starts.values()].filter(Boolean).at(-1);
      if (last) void api.releaseCursor({ family: family.family, cursor: last });
    };
  }, [api, family.family, queryKey]);

  const onGridReady = useCallback(
    (event: GridReadyEvent<RowOf<F>>) => {
      gridApi.current = event.api;
      layoutApplied.current = false;
      setSettledGrid(null);
      void api.gridColumns({ grid: family.grid }).then((result) => {
        // The grid may be gone by the time its layout arrives (a page size change remounts it).
        if (event.api.isDestroyed()) return;
        // An active saved view brings its own layout; the default one stays as it is.
        const active = activeViewOf(family.grid);
        const viewLayout = active ? layoutOrDefault(active.columns) : [];
        const layout = viewLayout.length > 0 ? viewLayout : result.ok ? result.data : [];
        if (layout.length > 0) event.api.applyColumnState({ state: layout, applyOrder: true });
        const { datasource: source, sort } = current.current;
        event.api.applyColumnState({
          state: [{ colId: sort.field, sort: sort.direction }],
          defaultState: { sort: null },
        });
        event.api.setGridOption('datasource', source);
        layoutApplied.current = true;
        setSettledGrid(event.api);
      });
    },
    // One callback for every grid of this page: it reads the query shown now from `current`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const onSortChanged = useCallback(
    (event: SortChangedEvent<RowOf<F>>) => {
      const sorted = event.api.getColumnState().find((column) => column.sort);
      const byDefault = defaultQuery(family.family).sort;
      const field = sorted?.colId ?? byDefault.field;
      const direction = sorted?.sort ?? byDefault.direction;
      if (field !== query.sort.field || direction !== query.sort.direction) {
        onQueryChange({ ...query, sort: { field, direction }, cursor: undefined } as QueryOf<F>);
      }
    },
    [family, query, onQueryChange],
  );

  const saveColumns = useCallback(() => {
    if (!layoutApplied.current) return;
    const state = gridApi.current?.getColumnState() ?? [];
    const columns: ColumnState[] = state.map((column) => ({
      colId: column.colId,
      ...(column.width ? { width: Math.round(column.width) } : {}),
      hide: Boolean(column.hide),
    }));
    const active = activeViewOf(family.grid);
    if (active) setActiveView(family.grid, { ...active, columns });
    else void api.saveGridColumns({ grid: family.grid, columns });
  }, [api, family.grid]);

  const cancel = useCallback(() => inFlight.current?.abort(), []);
  const retry = useCallback(() => {
    const live = gridApi.current;
    if (live && !live.isDestroyed()) live.refreshInfiniteCache();
  }, []);

  const refresh = useCallback(() => setGeneration((current) => current + 1), []);

  return { gridApi, settledGrid, status, onGridReady, onSortChanged, saveColumns, cancel, retry, refresh, generation };
}

export type LogGridState<F extends LogFamily> = ReturnType<typeof useLogGrid<F>>;
