/**
 * A grid's applied query lives in its route (`#/logs?action=delete&last=24h`), so reloads and links
 * keep it. `useRouteQuery(family, path)` reads the query from the current route's parameters, with the
 * parameters it could not use (`ignored`, see `readRoute.ts`), and writes a new one to `path`; see
 * `queryRoute.ts` for the parameters.
 */
import { useCallback, useMemo } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { navigate, useHashRoute } from '../../routing/useHashRoute';
import type { QueryOf } from './gridFamily';
import { queryToParams } from './queryRoute';
import { readRoute, type IgnoredParam } from './readRoute';

export function useRouteQuery<F extends LogFamily>(
  family: F,
  path: string,
): [QueryOf<F>, (query: QueryOf<F>) => void, IgnoredParam[]] {
  const route = useHashRoute();
  const search = route.includes('?') ? route.slice(route.indexOf('?') + 1) : '';
  const { query, ignored } = useMemo(() => readRoute(family, new URLSearchParams(search)), [family, search]);
  const setQuery = useCallback(
    (next: QueryOf<F>) => {
      const params = queryToParams(next).toString();
      navigate(params ? `${path}?${params}` : path);
    },
    [path],
  );
  return [query, setQuery, ignored];
}
