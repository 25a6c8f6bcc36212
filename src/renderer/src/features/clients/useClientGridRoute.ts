/**
 * `useClientGridRoute(family, path)`: a client grid's query in the route, as `useRouteQuery` keeps it,
 * beside the Sessions view's own parameters (the gap). Those are not the grid's to refuse, so a link
 * that carries them still shows the rows, and a query the grid writes keeps them for the Sessions view.
 */
import { useCallback } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { navigate, routeSearch, useHashRoute } from '../../routing/useHashRoute';
import type { QueryOf } from '../logGrid/gridFamily';
import { queryToParams } from '../logGrid/queryRoute';
import type { IgnoredParam } from '../logGrid/readRoute';
import { pagingToParams } from '../logGrid/routePaging';
import { useRouteQuery } from '../logGrid/useRouteQuery';
import { SESSIONS_PARAMS } from './clientPageRoute';

const isSessionsParam = (param: string): boolean => (SESSIONS_PARAMS as readonly string[]).includes(param);

export function useClientGridRoute<F extends LogFamily>(
  family: F,
  path: string,
): [QueryOf<F>, (query: QueryOf<F>) => void, IgnoredParam[]] {
  const [query, , ignored, paging] = useRouteQuery(family, path);
  const search = routeSearch(useHashRoute());
  const setQuery = useCallback(
    (next: QueryOf<F>) => {
      const params = pagingToParams({ mode: paging.mode, page: 1 }, queryToParams(next));
      const current = new URLSearchParams(search);
      for (const name of SESSIONS_PARAMS) for (const value of current.getAll(name)) params.append(name, value);
      const written = params.toString();
      navigate(written ? `${path}?${written}` : path);
    },
    [path, paging.mode, search],
  );
  return [query, setQuery, ignored.filter(({ param }) => !isSessionsParam(param))];
}
