import { useCallback, useMemo } from 'react';
import type { OperationalQuery } from '../../../../shared/query/logQuery';
import { navigate, useHashRoute } from '../../routing/useHashRoute';
import { paramsToQuery, queryToParams } from './queryParams';

/** The applied query lives in the route (`#/logs?action=delete&last=24h`), so reloads and links keep it. */
export function useOperationalQuery(): [OperationalQuery, (query: OperationalQuery) => void] {
  const route = useHashRoute();
  const search = route.includes('?') ? route.slice(route.indexOf('?') + 1) : '';
  const query = useMemo(() => paramsToQuery(new URLSearchParams(search)), [search]);
  const setQuery = useCallback((next: OperationalQuery) => {
    const params = queryToParams(next).toString();
    navigate(params ? `/logs?${params}` : '/logs');
  }, []);
  return [query, setQuery];
}
