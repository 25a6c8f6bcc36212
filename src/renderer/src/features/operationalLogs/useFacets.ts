import type { OperationalQuery } from '../../../../shared/query/logQuery';
import type { Facet } from '../../../../shared/query/logSource';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';

export const FACET_FIELDS = ['action', 'origin', 'status', 'businessModel', 'subModel', 'source'] as const;

/** Facet counts for the applied query, by filter key. */
export function useFacets(query: OperationalQuery): Partial<Record<string, Facet>> {
  const api = useApi();
  const key = JSON.stringify({ ...query, cursor: undefined });
  const facets = useRequest(
    () => api.logFacets({ query: { ...query, cursor: undefined }, fields: [...FACET_FIELDS] }),
    // key stands for the query's content: a new object with the same content is the same query.
    [api, key],
  );
  return Object.fromEntries((facets.data ?? []).map((facet) => [facet.field, facet]));
}

export function countOf(facet: Facet | undefined, value: string): number | undefined {
  if (!facet) return undefined;
  return facet.buckets.find((bucket) => bucket.value === value)?.count ?? 0;
}
