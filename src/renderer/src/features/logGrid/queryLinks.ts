/**
 * Links that open a grid on exactly one query, its parameters written by the grid's own writer
 * (`queryToParams`): the operational logs page, or a client page's tab of the query's family, where the
 * client is the page's and not a filter.
 */
import type { LogQuery, OperationalQuery } from '../../../../shared/query/logQuery';
import { clientRoute } from '../../routing/clientRoute';
import { withSearch } from '../../routing/withSearch';
import { withFilter } from './queryFilters';
import { queryToParams } from './queryRoute';

/** The operational logs page showing `query`. */
export function logsRoute(query: OperationalQuery): string {
  return withSearch('/logs', queryToParams(query));
}

/** The tab of a client's page showing `query`: Logs for operational logs, Events for client activity. */
export function clientTabRoute(clientId: string, query: LogQuery): string {
  const tab = query.family === 'operational' ? 'logs' : 'events';
  return withSearch(`${clientRoute(clientId)}/${tab}`, queryToParams(withFilter(query, 'clientId', [])));
}
