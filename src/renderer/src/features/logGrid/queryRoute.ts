/**
 * A grid's query as URL parameters, for any log family: filters by their URL names from the field
 * table (`client` for clientId), `q` for text, `last` or `from`/`to` for the time range, `sort` as
 * `field.direction` and `size` for the page size. Readable, bookmarkable, and surviving a reload.
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import { LogQuery, RELATIVE_RANGES, type LogFamily, type TimeRange } from '../../../../shared/query/logQuery';
import type { QueryOf } from './gridFamily';

/** URL parameter for each filter of a family, from the field table (`client` for clientId). */
export function filterParams(family: LogFamily): ReadonlyMap<string, string> {
  return new Map([...LOG_FIELDS[family].filters].map(([key, { field }]) => [key, field.filter?.param ?? key]));
}

/** The query a grid starts from: no filter, newest first, 50 rows a page. */
export function defaultQuery<F extends LogFamily>(family: F): QueryOf<F> {
  return LogQuery.parse({ family }) as QueryOf<F>;
}

export function queryToParams(query: LogQuery): URLSearchParams {
  const params = new URLSearchParams();
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  for (const [key, param] of filterParams(query.family)) {
    for (const value of filters[key] ?? []) params.append(param, value);
  }
  if (query.text) params.set('q', query.text);
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

function timeRangeFrom(params: URLSearchParams): TimeRange | undefined {
  const last = params.get('last');
  if (last && (RELATIVE_RANGES as readonly string[]).includes(last)) return { kind: 'relative', last } as TimeRange;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  if (!from && !to) return undefined;
  return { kind: 'absolute', ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Reads a family's query from URL parameters; anything malformed falls back to the default query. */
export function paramsToQuery<F extends LogFamily>(family: F, params: URLSearchParams): QueryOf<F> {
  const filters: Record<string, string[]> = {};
  for (const [key, param] of filterParams(family)) {
    const values = params.getAll(param).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const [field, direction] = (params.get('sort') ?? '').split(/\.(?=asc$|desc$)/);
  const candidate = {
    family,
    filters,
    text: params.get('q') ?? undefined,
    timeRange: timeRangeFrom(params),
    sort: LOG_FIELDS[family].sorts.includes(field ?? '')
      ? { field, direction: direction === 'asc' ? 'asc' : 'desc' }
      : undefined,
    pageSize: params.has('size') ? Number(params.get('size')) : undefined,
  };
  const parsed = LogQuery.safeParse(candidate);
  return parsed.success && parsed.data.family === family ? (parsed.data as QueryOf<F>) : defaultQuery(family);
}
