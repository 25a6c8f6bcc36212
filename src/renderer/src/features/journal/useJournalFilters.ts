import { useState } from 'react';
import type { JournalSearchRequest } from '../../../../shared/contract/journalChannels';
import type { JournalOutcome } from '../../../../shared/domain/journal';
import { inputToIso } from '../../format/formatTimestamp';

/** The journal filters as typed: text fields, and the period as `datetime-local` values in the zone. */
export interface JournalFilterDraft {
  operator: string;
  channel: string;
  clientId: string;
  outcome: JournalOutcome | '';
  from: string;
  to: string;
}

const EMPTY: JournalFilterDraft = { operator: '', channel: '', clientId: '', outcome: '', from: '', to: '' };

type Request = Partial<Omit<JournalSearchRequest, 'limit'>>;

/** The request a draft makes, or the sentence saying which field cannot be read. */
export function journalRequestOf(draft: JournalFilterDraft, zone: string): Request | string {
  const request: Request = {};
  for (const key of ['operator', 'channel', 'clientId'] as const) {
    const value = draft[key].trim();
    if (value) request[key] = value;
  }
  if (draft.outcome) request.outcome = draft.outcome;
  for (const key of ['from', 'to'] as const) {
    if (!draft[key]) continue;
    const iso = inputToIso(draft[key], zone);
    if (!iso) return `The ${key === 'from' ? 'start' : 'end'} is not a date and time.`;
    request[key] = iso;
  }
  if (request.from && request.to && request.from > request.to) return 'The start of the period comes after its end.';
  return request;
}

/** The draft being typed and the filters last applied. */
export function useJournalFilters() {
  const [draft, setDraft] = useState<JournalFilterDraft>(EMPTY);
  const [applied, setApplied] = useState<Request>({});
  const [problem, setProblem] = useState<string | null>(null);
  return {
    draft,
    applied,
    problem,
    change: (key: keyof JournalFilterDraft, value: string) => setDraft((current) => ({ ...current, [key]: value })),
    apply: (zone: string) => {
      const request = journalRequestOf(draft, zone);
      if (typeof request === 'string') return setProblem(request);
      setProblem(null);
      setApplied(request);
    },
    clear: () => {
      setDraft(EMPTY);
      setProblem(null);
      setApplied({});
    },
  };
}
