/**
 * `useFacets(family, query)`: the counts of the family's panel facets for a query, by filter key; each
 * facet counts matches with its own filter left out, so every option of a multi-select keeps its count.
 */
import { useMemo } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import type { Facet } from '../../../../shared/query/logSource';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import type { GridFamily, QueryOf } from './gridFamily';

export function useFacets<F extends LogFamily>(
  family: GridFamily<F>,
  query: QueryOf<F>,
): Partial<Record<string, Facet>> {
  const api = useApi();
  const calls = useMemo(() => family.calls(api), [family, api]);
  const key = JSON.stringify({ ...query, cursor: undefined });
  const facets = useRequest(
    () => calls.facets({ ...query, cursor: undefined }, [...family.facetFields]),
    // key stands for the query's content: a new object with the same content is the same query.
    [calls, key],
  );
  return Object.fromEntries((facets.data ?? []).map((facet) => [facet.field, facet]));
}
