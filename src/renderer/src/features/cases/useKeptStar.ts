import type { KeptStar } from '../../../../shared/contract/caseChannels';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';

/** An event a form would star: its family and id. */
export interface EventToStar {
  family: LogFamily;
  recordId: string;
}

/**
 * The star the chosen case holds of the event already (how long its note is), so the form says before
 * saving that the note will be added to it; null while it is asked, when the case holds none, and when
 * no event or case is chosen. Asked only while the form is open; the answer names nothing of the case
 * but that star, so it is not journaled: the star itself is, once saved.
 */
export function useKeptStar(event: EventToStar | null, caseId: string, open: boolean): KeptStar | null {
  const api = useApi();
  const asked = open && event !== null && caseId !== '';
  const found = useRequest(
    () =>
      asked
        ? api.keptStar({ caseId, family: event.family, recordId: event.recordId })
        : Promise.resolve({ ok: true as const, data: null }),
    [api, asked, caseId, event?.family, event?.recordId],
  );
  if (!asked || found.loading || found.error || !found.data?.starred) return null;
  return found.data;
}
