/**
 * A grid's applied query lives in its route (`#/logs?action=delete&last=24h`), so reloads and links
 * keep it. `useRouteQuery(family, path)` reads the query from the current route's parameters, with the
 * parameters it could not use (`ignored`, see `readRoute.ts`), and writes a new one to `path`; see
 * `queryRoute.ts` for the parameters. The route also keeps scroll or numbered pages and the page shown
 * (`routePaging.ts`): a new query keeps the mode and starts again at page 1. Parameters another view of
 * the same page reads (`kept`, e.g. the client page's session gap) are neither refused nor dropped, and
 * `setQuery(next, keepWritten)` keeps the parameters named in `keepWritten` as the address wrote them
 * (see `withWritten.ts`).
 */
import { useCallback, useMemo } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { navigate, routeSearch, useHashRoute } from '../../routing/useHashRoute';
import type { QueryOf } from './gridFamily';
import { queryToParams } from './queryRoute';
import { readRoute, type IgnoredParam } from './readRoute';
import { pagingToParams, type GridPaging } from './routePaging';
import { withWritten } from './withWritten';

const NONE_KEPT: readonly string[] = [];

export function useRouteQuery<F extends LogFamily>(
  family: F,
  path: string,
  kept: readonly string[] = NONE_KEPT,
): [
  QueryOf<F>,
  (query: QueryOf<F>, keepWritten?: readonly string[]) => void,
  IgnoredParam[],
  GridPaging,
  (paging: GridPaging) => void,
] {
  const route = useHashRoute();
  const search = routeSearch(route);
  const { query, ignored, paging } = useMemo(() => {
    const read = readRoute(family, new URLSearchParams(search));
    return { ...read, ignored: read.ignored.filter(({ param }) => !kept.includes(param)) };
  }, [family, search, kept]);
  const write = useCallback(
    (next: QueryOf<F>, nextPaging: GridPaging, keepWritten: readonly string[] = NONE_KEPT) => {
      const params = pagingToParams(nextPaging, queryToParams(next));
      const written = withWritten(params, new URLSearchParams(search), [...kept, ...keepWritten]).toString();
      navigate(written ? `${path}?${written}` : path);
    },
    [path, search, kept],
  );
  const setQuery = useCallback(
    (next: QueryOf<F>, keepWritten?: readonly string[]) => write(next, { mode: paging.mode, page: 1 }, keepWritten),
    [write, paging.mode],
  );
  const setPaging = useCallback((next: GridPaging) => write(query, next), [write, query]);
  return [query, setQuery, ignored, paging, setPaging];
}
