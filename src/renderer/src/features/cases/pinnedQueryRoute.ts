import type { PinnedQuery } from '../../../../shared/domain/investigationCase';
import { clientTabRoute, logsRoute } from '../logGrid/queryLinks';

/**
 * The route that opens a pinned query again in the grid it was pinned from, showing exactly that query:
 * the operational logs page, or the client page's tab of the query's family. A query pinned before its
 * grid was kept opens where its family is shown: operational logs on their page, one client's activity
 * on that client's page. Null when no grid shows it: client activity of several clients (a risk view's events).
 */
export function pinnedQueryRoute(pin: Pick<PinnedQuery, 'query' | 'view'>): string | null {
  const { query } = pin;
  const clients = query.filters.clientId ?? [];
  const client = clients.length === 1 ? clients[0] : undefined;
  const view = pin.view ?? (query.family === 'operational' ? 'logs' : 'client');
  if (client !== undefined && view === 'client') return clientTabRoute(client, query);
  return query.family === 'operational' ? logsRoute(query) : null;
}
