/**
 * A grid's query as URL parameters, for any log family: filters by their URL names from the field
 * table (`client` for clientId), excluded values as `not.` and that name (`not.action=delete`), `q` for text (none when blank, `queryText`), `last` or `from`/`to` for the time range, `sort` as
 * `field.direction` and `size` for the page size. Readable, bookmarkable, and surviving a reload;
 * `readRoute.ts` reads them back.
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import { LogQuery, type LogFamily } from '../../../../shared/query/logQuery';
import { queryText } from '../../../../shared/query/queryText';
import type { QueryOf } from './gridFamily';

/** URL parameter for each filter of a family, from the field table (`client` for clientId). */
export function filterParams(family: LogFamily): ReadonlyMap<string, string> {
  return new Map([...LOG_FIELDS[family].filters].map(([key, { field }]) => [key, field.filter?.param ?? key]));
}

/** The query a grid starts from: no filter, newest first, 50 rows a page. */
export function defaultQuery<F extends LogFamily>(family: F): QueryOf<F> {
  return LogQuery.parse({ family }) as QueryOf<F>;
}

/** The URL parameter of a filter's excluded values. */
export const excludeParam = (param: string): string => `not.${param}`;

export function queryToParams(query: LogQuery): URLSearchParams {
  const params = new URLSearchParams();
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  const exclude: Readonly<Record<string, readonly string[] | undefined>> = query.exclude ?? {};
  for (const [key, param] of filterParams(query.family)) {
    for (const value of filters[key] ?? []) params.append(param, value);
  }
  for (const [key, param] of filterParams(query.family)) {
    for (const value of exclude[key] ?? []) params.append(excludeParam(param), value);
  }
  const text = queryText(query.text);
  if (text) params.set('q', text);
  if (query.timeRange?.kind === 'relative') params.set('last', query.timeRange.last);
  if (query.timeRange?.kind === 'absolute') {
    if (query.timeRange.from) params.set('from', query.timeRange.from);
    if (query.timeRange.to) params.set('to', query.timeRange.to);
  }
  const byDefault = defaultQuery(query.family).sort;
  if (query.sort.field !== byDefault.field || query.sort.direction !== byDefault.direction) {
    params.set('sort', `${query.sort.field}.${query.sort.direction}`);
  }
  if (query.pageSize !== 50) params.set('size', String(query.pageSize));
  return params;
}
