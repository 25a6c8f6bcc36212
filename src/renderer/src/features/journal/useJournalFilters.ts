import { useState } from 'react';
import { JournalSearchRequest } from '../../../../shared/contract/journalChannels';
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

export type JournalFilterErrors = Partial<Record<keyof JournalFilterDraft, string>>;

/** The request a draft makes, or what is wrong with it, field by field, in sentences. */
export function journalRequestOf(draft: JournalFilterDraft, zone: string): Request | { errors: JournalFilterErrors } {
  const request: Request = {};
  const errors: JournalFilterErrors = {};
  for (const key of ['operator', 'channel', 'clientId'] as const) {
    const value = draft[key].trim();
    if (value) request[key] = value;
  }
  if (draft.outcome) request.outcome = draft.outcome;
  for (const key of ['from', 'to'] as const) {
    if (!draft[key]) continue;
    const iso = inputToIso(draft[key], zone);
    if (iso) request[key] = iso;
    else errors[key] = `The ${key === 'from' ? 'start' : 'end'} is not a date and time.`;
  }
  const checked = JournalSearchRequest.safeParse(request);
  for (const issue of checked.success ? [] : checked.error.issues) {
    const key = issue.path[0];
    // The one check across fields: the period's order, said where the period ends.
    if (issue.code === 'custom') errors.to ??= 'The period ends before it starts: set an end after the start.';
    else if (key === 'operator' || key === 'channel' || key === 'clientId' || key === 'from' || key === 'to')
      errors[key] ??= issue.message;
  }
  return Object.keys(errors).length > 0 ? { errors } : request;
}

/** The draft being typed, the filters last applied, and what kept the draft from being applied. */
export function useJournalFilters() {
  const [draft, setDraft] = useState<JournalFilterDraft>(EMPTY);
  const [applied, setApplied] = useState<Request>({});
  const [errors, setErrors] = useState<JournalFilterErrors>({});
  return {
    draft,
    applied,
    errors,
    /** True when the draft on screen is not what the lines below were read with. */
    notApplied: Object.keys(errors).length > 0,
    change: (key: keyof JournalFilterDraft, value: string) => setDraft((current) => ({ ...current, [key]: value })),
    apply: (zone: string) => {
      const request = journalRequestOf(draft, zone);
      if ('errors' in request) return setErrors(request.errors);
      setErrors({});
      setApplied(request);
    },
    clear: () => {
      setDraft(EMPTY);
      setErrors({});
      setApplied({});
    },
  };
}
