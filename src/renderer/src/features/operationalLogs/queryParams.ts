import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import {
  OPERATIONAL_SORT_FIELDS,
  OperationalQuery,
  RELATIVE_RANGES,
  type OperationalFilters,
  type TimeRange,
} from '../../../../shared/query/logQuery';

type FilterKey = keyof OperationalFilters;

/** URL parameter for each operational filter, from the field table (`client` for clientId). */
export const FILTER_PARAMS = Object.fromEntries(
  [...LOG_FIELDS.operational.filters].map(([key, { field }]) => [key, field.filter?.param ?? key]),
) as Readonly<Record<FilterKey, string>>;

/** The query as URL parameters: readable, bookmarkable, and surviving a reload. */
export function queryToParams(query: OperationalQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) {
    for (const value of query.filters[key] ?? []) params.append(param, value);
  }
  if (query.text) params.set('q', query.text);
  if (query.timeRange?.kind === 'relative') params.set('last', query.timeRange.last);
  if (query.timeRange?.kind === 'absolute') {
    if (query.timeRange.from) params.set('from', query.timeRange.from);
    if (query.timeRange.to) params.set('to', query.timeRange.to);
  }
  if (query.sort.field !== 'created' || query.sort.direction !== 'desc') {
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

/** Reads a query from URL parameters; anything malformed falls back to the default query, never throws. */
export function paramsToQuery(params: URLSearchParams): OperationalQuery {
  const filters: Record<string, string[]> = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) {
    const values = params.getAll(param).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const [field, direction] = (params.get('sort') ?? 'created.desc').split(/\.(?=asc$|desc$)/);
  const candidate = {
    family: 'operational',
    filters,
    text: params.get('q') ?? undefined,
    timeRange: timeRangeFrom(params),
    sort: (OPERATIONAL_SORT_FIELDS as readonly string[]).includes(field ?? '')
      ? { field, direction: direction === 'asc' ? 'asc' : 'desc' }
      : undefined,
    pageSize: params.has('size') ? Number(params.get('size')) : undefined,
  };
  const parsed = OperationalQuery.safeParse(candidate);
  return parsed.success ? parsed.data : OperationalQuery.parse({ family: 'operational' });
}
