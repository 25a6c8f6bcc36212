import type { Handlers } from '../router/createRouter';
import type { ActiveSource } from '../sources/ActiveSource';
import { scopeOptions } from './scopeOptions';

type LogHandlers = Pick<
  Handlers,
  | 'logs/search'
  | 'logs/facets'
  | 'logs/histogram'
  | 'logs/suggest'
  | 'activity/search'
  | 'activity/facets'
  | 'activity/histogram'
  | 'cursor/release'
>;

/** Reading logs: every call goes to the current source with the operator's scope applied. */
export function createLogService(dataSources: Pick<ActiveSource, 'current'>): LogHandlers {
  return {
    'logs/search': async (query, { operator, signal }) =>
      (await dataSources.current()).search(query, scopeOptions(operator, signal, query.filters.clientId)),
    'activity/search': async (query, { operator, signal }) =>
      (await dataSources.current()).search(query, scopeOptions(operator, signal, query.filters.clientId)),
    'logs/facets': async ({ query, fields }, { operator, signal }) =>
      (await dataSources.current()).facets(query, fields, scopeOptions(operator, signal, query.filters.clientId)),
    'activity/facets': async ({ query, fields }, { operator, signal }) =>
      (await dataSources.current()).facets(query, fields, scopeOptions(operator, signal, query.filters.clientId)),
    'logs/histogram': async ({ query }, { operator, signal }) =>
      (await dataSources.current()).histogram(query, scopeOptions(operator, signal, query.filters.clientId)),
    'activity/histogram': async ({ query }, { operator, signal }) =>
      (await dataSources.current()).histogram(query, scopeOptions(operator, signal, query.filters.clientId)),
    'logs/suggest': async ({ field, prefix, query }, { operator, signal }) =>
      (await dataSources.current()).suggest(field, prefix, {
        ...scopeOptions(operator, signal, query?.filters.clientId),
        within: query,
      }),
    'cursor/release': async ({ family, cursor }, { operator }) => {
      await (await dataSources.current()).releaseCursor(family, cursor, { operatorId: operator.id });
      return { released: true };
    },
  };
}
