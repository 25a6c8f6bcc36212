/**
 * A grid's applied query lives in its route (`#/logs?action=delete&last=24h`), so reloads and links
 * keep it. `useRouteQuery(family, path)` reads the query from the current route's parameters, with the
 * parameters it could not use (`ignored`, see `readRoute.ts`), and writes a new one to `path`; see
 * `queryRoute.ts` for the parameters. The route also keeps scroll or numbered pages and the page shown
 * (`routePaging.ts`): a new query keeps the mode and starts again at page 1. Parameters another view of
 * the same page reads (`kept`, e.g. the client page's session gap) are neither refused nor dropped.
 * A new query or page keeps what the page could not read as the address wrote it, unless it sets it
 * (see `rewrittenRoute.ts`). A blank search text (`q=+++`) is taken out of the address as it arrives.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { readSearch } from '../../routing/readSearch';
import { navigate, rewriteRoute, routeSearch, useHashRoute } from '../../routing/useHashRoute';
import { withSearch } from '../../routing/withSearch';
import type { QueryOf } from './gridFamily';
import { readRoute, type IgnoredParam } from './readRoute';
import { rewrittenRoute, type RouteRewrite } from './rewrittenRoute';
import type { GridPaging } from './routePaging';
import { withoutBlankText } from './withoutBlankText';

const NONE_KEPT: readonly string[] = [];

export function useRouteQuery<F extends LogFamily>(
  family: F,
  path: string,
  kept: readonly string[] = NONE_KEPT,
): [
  QueryOf<F>,
  (query: QueryOf<F>, rewrite?: RouteRewrite) => void,
  IgnoredParam[],
  GridPaging,
  (paging: GridPaging) => void,
] {
  const route = useHashRoute();
  const search = routeSearch(route);
  const { query, ignored, paging } = useMemo(() => {
    const read = readRoute(family, search);
    return { ...read, ignored: read.ignored.filter(({ param }) => !kept.includes(param)) };
  }, [family, search, kept]);
  // A blank search text searches for nothing: the address, rewritten in place, says no search either.
  const blankDropped = useMemo(() => withoutBlankText(search), [search]);
  const routePath = route.split('?')[0] ?? path;
  useEffect(() => {
    if (blankDropped !== null) rewriteRoute(withSearch(routePath, blankDropped));
  }, [blankDropped, routePath]);
  const write = useCallback(
    (next: QueryOf<F>, nextPaging: GridPaging, rewrite: RouteRewrite = {}) => {
      const keepWritten = [...kept, ...(rewrite.keepWritten ?? NONE_KEPT)];
      const { params: readable, badlyEncoded } = readSearch(search);
      const params = rewrittenRoute(family, readable, next, nextPaging, { ...rewrite, keepWritten });
      // A parameter the address does not validly encode stays as written (never read as other text), unless set anew.
      const unreadable = rewrite.dropUnread ? [] : badlyEncoded.filter(({ param }) => !params.has(param));
      const written = [params.toString(), ...unreadable.map((item) => item.written)].filter(Boolean).join('&');
      navigate(withSearch(path, written));
    },
    [family, path, search, kept],
  );
  const setQuery = useCallback(
    (next: QueryOf<F>, rewrite?: RouteRewrite) => write(next, { mode: paging.mode, page: 1 }, rewrite),
    [write, paging.mode],
  );
  const setPaging = useCallback((next: GridPaging) => write(query, next), [write, query]);
  return [query, setQuery, ignored, paging, setPaging];
}
