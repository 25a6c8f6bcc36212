import type { PinnedQuery } from '../../../../shared/domain/investigationCase';
import { withFilter } from '../logGrid/queryFilters';
import { queryToParams } from '../logGrid/queryRoute';
import { clientRoute } from '../../routing/clientRoute';

/** A grid's path with a query's parameters. */
function withParams(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The route that opens a pinned query again in the grid it was pinned from, with its parameters written
 * by the grid's own writer (`queryToParams`): the operational logs page, or the client page's tab of the
 * query's family, where the client is the page's and not a filter. A query pinned before its grid was
 * kept opens where its family is shown: operational logs on their page, one client's activity on that
 * client's page. Null when no grid shows it: client activity of several clients (a risk view's events).
 */
export function pinnedQueryRoute(pin: Pick<PinnedQuery, 'query' | 'view'>): string | null {
  const { query } = pin;
  const clients = query.filters.clientId ?? [];
  const client = clients.length === 1 ? clients[0] : undefined;
  const view = pin.view ?? (query.family === 'operational' ? 'logs' : 'client');
  if (client !== undefined && view === 'client') {
    const tab = query.family === 'operational' ? 'logs' : 'events';
    return withParams(`${clientRoute(client)}/${tab}`, queryToParams(withFilter(query, 'clientId', [])));
  }
  return query.family === 'operational' ? withParams('/logs', queryToParams(query)) : null;
}
