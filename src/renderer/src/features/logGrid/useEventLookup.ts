/**
 * `useEventLookup(family)`: finds one event of the family by its id, among the logs the operator may see
 * (main applies their scope), whatever its time; null when there is none.
 */
import { useCallback } from 'react';
import type { Result } from '../../../../shared/contract/errors';
import { LogQuery } from '../../../../shared/query/logQuery';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';

export function useEventLookup<F extends LogFamily>(
  family: GridFamily<F>,
): (id: string) => Promise<Result<RowOf<F> | null>> {
  const api = useApi();
  return useCallback(
    async (id: string) => {
      const query = LogQuery.parse({ family: family.family, filters: { eventId: [id] }, pageSize: 10 }) as QueryOf<F>;
      const page = await family.calls(api).search(query);
      if (!page.ok) return page;
      const found = (page.data.rows as RowOf<F>[]).find((row) => row.id === id) ?? null;
      return { ok: true as const, data: found };
    },
    [api, family],
  );
}
