/**
 * `useEventLookup(family, clientId)`: finds one event of the family by its id, among the logs the operator
 * may see (main applies their scope) and, given `clientId`, among that client's only (a client page's tab),
 * whatever its time; null when there is none.
 */
import { useCallback } from 'react';
import type { Result } from '../../../../shared/contract/errors';
import { LogQuery } from '../../../../shared/query/logQuery';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';

export function useEventLookup<F extends LogFamily>(
  family: GridFamily<F>,
  clientId?: string,
): (id: string) => Promise<Result<RowOf<F> | null>> {
  const api = useApi();
  return useCallback(
    async (id: string) => {
      const filters = { eventId: [id], ...(clientId === undefined ? {} : { clientId: [clientId] }) };
      const query = LogQuery.parse({ family: family.family, filters, pageSize: 10 }) as QueryOf<F>;
      const page = await family.calls(api).search(query);
      if (!page.ok) return page;
      const found = (page.data.rows as RowOf<F>[]).find((row) => row.id === id) ?? null;
      return { ok: true as const, data: found };
    },
    [api, family, clientId],
  );
}
