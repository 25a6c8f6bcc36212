import type { StarredEvent } from '../../../../shared/domain/investigationCase';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';

/** An event a form would star: its family and id. */
export interface EventToStar {
  family: LogFamily;
  recordId: string;
}

/**
 * The star the chosen case holds of the event already, so the form says before saving that the note will
 * be added to it; null while the case is read, when it holds none, and when no event or case is chosen.
 * The case is read only while the form is open: every read of a case is journaled.
 */
export function useKeptStar(event: EventToStar | null, caseId: string, open: boolean): StarredEvent | null {
  const api = useApi();
  const asked = open && event !== null && caseId !== '';
  const found = useRequest(
    () => (asked ? api.getCase({ caseId }) : Promise.resolve({ ok: true as const, data: null })),
    [api, asked, caseId],
  );
  if (!asked || found.loading || !found.data || found.data.id !== caseId) return null;
  return found.data.starred.find((each) => each.family === event.family && each.recordId === event.recordId) ?? null;
}
