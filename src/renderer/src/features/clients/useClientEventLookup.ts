/**
 * `useClientEventLookup(family, clientId, shown)`: a client tab's lookup of the event its address names
 * (`detail=<id>`), among that client's events only (see `useEventLookup`). An id with no event of the
 * client is said so, naming the client, rather than as missing from every log the operator can see.
 */
import { useCallback } from 'react';
import type { Result } from '../../../../shared/contract/errors';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { quoteText } from '../../format/quoteText';
import type { GridFamily, RowOf } from '../logGrid/gridFamily';
import { useEventLookup } from '../logGrid/useEventLookup';

/** How much of an id a sentence quotes. */
const MAX_QUOTED = 60;

/** Why the tab shows no detail for `id`: no event of the client has it (`shown`: "logs", "events"). */
export function missingClientEventSentence(id: string, clientId: string, shown: string): string {
  return `Event ${quoteText(id, MAX_QUOTED)} is not one of client ${quoteText(clientId, MAX_QUOTED)}’s ${shown}: the link may be wrong, or it names another client’s event. Close this note to go on with the ${shown}.`;
}

export function useClientEventLookup<F extends LogFamily>(
  family: GridFamily<F>,
  clientId: string,
  shown: string,
): (id: string) => Promise<Result<RowOf<F> | null>> {
  const find = useEventLookup(family, clientId);
  return useCallback(
    async (id: string) => {
      const found = await find(id);
      if (!found.ok || found.data !== null) return found;
      return {
        ok: false as const,
        code: 'NOT_FOUND' as const,
        message: missingClientEventSentence(id, clientId, shown),
      };
    },
    [find, clientId, shown],
  );
}
