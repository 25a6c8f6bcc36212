import { useEffect, useMemo, useState } from 'react';
import { JOURNAL_PERIOD_REVERSED, JournalSearchRequest } from '../../../../shared/contract/journalChannels';
import type { JournalOutcome } from '../../../../shared/domain/journal';
import { findSecretSpans } from '../../../../shared/domain/secretSpans';
import { trimTypedSpace } from '../../../../shared/domain/trimTypedSpace';
import { outsideSupportedYears } from '../../../../shared/query/timeRange';
import { inputToIso, unreadableInputProblem } from '../../format/formatTimestamp';
import { skippedTimeProblem } from '../../format/skippedTimeProblem';
import { navigate, rewriteRoute, routeSearch, useHashRoute } from '../../routing/useHashRoute';
import { withSearch } from '../../routing/withSearch';
import { draftInZone } from './draftInZone';
import { JOURNAL_PATH, journalQuotedValues, journalRouteOf, readJournalRoute, withoutSecrets } from './journalRoute';

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

/** The filters of a journal search, without its line limit. */
export type JournalRequest = Partial<Omit<JournalSearchRequest, 'limit'>>;

export type JournalFilterErrors = Partial<Record<keyof JournalFilterDraft, string>>;

/**
 * The period's fields whose text the browser could not read as a date and time (a part left empty, or
 * 30 February): such a field's value is empty, the same as a field left blank, so it is told apart here.
 */
export type UnreadableBounds = Partial<Record<'from' | 'to', boolean>>;

const BOUND_NAMES = { from: 'start', to: 'end' } as const;

/** Said after the refusal of a secret typed into a text filter: where what was typed is, and is not. */
const TYPED_SECRET_KEPT = 'What you typed stays in this field only, to be replaced: it is not in the address.';

/**
 * The request a draft makes, or what is wrong with it, field by field, in sentences. The period takes
 * what a time range of the grid takes: instants in the years 1000 to 9999, the start not after the end;
 * a time the clocks skip in the zone is refused, never moved to another.
 */
export function journalRequestOf(
  draft: JournalFilterDraft,
  zone: string,
  unreadable: UnreadableBounds = {},
): JournalRequest | { errors: JournalFilterErrors } {
  const request: JournalRequest = {};
  const errors: JournalFilterErrors = {};
  for (const key of ['operator', 'channel', 'clientId'] as const) {
    const value = trimTypedSpace(draft[key]);
    if (value) request[key] = value;
  }
  if (draft.outcome) request.outcome = draft.outcome;
  for (const key of ['from', 'to'] as const) {
    const bound = BOUND_NAMES[key];
    if (unreadable[key]) {
      errors[key] = unreadableInputProblem(`The ${bound}`);
      continue;
    }
    if (!draft[key]) continue;
    const iso = inputToIso(draft[key], zone);
    const outside = iso ? outsideSupportedYears(iso) : null;
    const skipped = iso && !outside ? skippedTimeProblem(`The ${bound}`, draft[key], zone) : null;
    if (!iso) errors[key] = `The ${bound} is not a date and time.`;
    else if (outside) errors[key] = `The ${bound} is ${outside}.`;
    else if (skipped) errors[key] = skipped;
    else request[key] = iso;
  }
  const checked = JournalSearchRequest.safeParse(request);
  for (const issue of checked.success ? [] : checked.error.issues) {
    const key = issue.path[0];
    // The one check across fields: the period's order, said where the period ends. Every other refusal,
    // a hidden character as much as a length, is said at its own field in the contract's words.
    if (issue.code === 'custom' && issue.message === JOURNAL_PERIOD_REVERSED)
      errors.to ??= 'The period ends before it starts: set an end after the start.';
    else if (key === 'operator' || key === 'channel' || key === 'clientId' || key === 'from' || key === 'to')
      errors[key] ??= issue.message;
  }
  // As the logs' filters do, a secret typed stays in its field to be mended, and goes nowhere else.
  for (const key of ['operator', 'channel', 'clientId'] as const) {
    if (errors[key] !== undefined && findSecretSpans(draft[key]).length > 0) errors[key] += ` ${TYPED_SECRET_KEPT}`;
  }
  return Object.keys(errors).length > 0 ? { errors } : request;
}

/**
 * The draft being typed, the filters applied (those of the route, `journalRoute.ts`) and what kept the
 * draft, or the route, from being applied. Apply writes the route; a route changed from outside (a link,
 * Back) refills the form.
 */
export function useJournalFilters(zone: string) {
  const route = useHashRoute();
  const search = routeSearch(route);
  // What was said of the secrets a link gave, once they are taken out of its address: said on, as long as
  // the address is the one left without them. Noted in the render that reads them, as the refill below is.
  const [takenOut, setTakenOut] = useState<{ from: string; search: string; problems: JournalFilterErrors } | null>(
    null,
  );
  const secrets = useMemo(() => withoutSecrets(search), [search]);
  if (secrets !== null && takenOut?.from !== search) {
    const { problems } = readJournalRoute(search, zone);
    const said = Object.fromEntries(secrets.fields.map((key) => [key, problems[key]]));
    setTakenOut({ from: search, search: secrets.search, problems: said });
  }
  const fromRoute = useMemo((): { draft: JournalFilterDraft; applied: JournalRequest; errors: JournalFilterErrors } => {
    const { draft, problems: read } = readJournalRoute(search, zone);
    const problems = takenOut?.search === search ? { ...takenOut.problems, ...read } : read;
    const request = journalRequestOf(draft, zone);
    // A link with a part the journal cannot use applies none of it: the form says what is wrong.
    if ('errors' in request || Object.keys(problems).length > 0) {
      return { draft, applied: {}, errors: { ...problems, ...('errors' in request ? request.errors : {}) } };
    }
    return { draft, applied: request, errors: {} };
  }, [search, zone, takenOut]);
  const kept = secrets?.search ?? null;
  useEffect(() => {
    // In place: Back does not lead to the address with the secret either.
    if (kept !== null) rewriteRoute(withSearch(JOURNAL_PATH, kept));
  }, [kept]);
  const [draft, setDraft] = useState<JournalFilterDraft>(fromRoute.draft);
  const [errors, setErrors] = useState<JournalFilterErrors>(fromRoute.errors);
  // The period's fields that were refused for holding what the browser cannot read as a date and time.
  const [refusedUnreadable, setRefusedUnreadable] = useState<UnreadableBounds>({});
  /** A field edited no longer holds what was refused: what was said about it goes. */
  const forget = (key: keyof JournalFilterDraft) => {
    setErrors(({ [key]: _said, ...rest }) => rest);
    setRefusedUnreadable(({ [key as 'from']: _refused, ...rest }) => rest);
  };
  // A new route refills the form, in the render that sees it (React's pattern for state that follows a prop).
  // A new zone alone keeps what was typed and not applied, and what was said about it.
  const [filled, setFilled] = useState({ search, zone, fromRoute });
  if (filled.search !== search || filled.zone !== zone) {
    setFilled({ search, zone, fromRoute });
    if (filled.search === search) {
      const routeDrafts = { before: filled.fromRoute.draft, after: fromRoute.draft };
      setDraft(draftInZone(draft, routeDrafts, { before: filled.zone, after: zone }));
    } else {
      setDraft(fromRoute.draft);
      setErrors(fromRoute.errors);
      setRefusedUnreadable({});
    }
  }
  return {
    draft,
    applied: fromRoute.applied,
    errors,
    /** The values of the address each field's error may quote, to be isolated where it is said. */
    quoted: journalQuotedValues(search),
    /** True when the draft on screen is not what the lines below were read with. */
    notApplied: Object.keys(errors).length > 0,
    change: (key: keyof JournalFilterDraft, value: string) => {
      if (value !== draft[key]) forget(key);
      setDraft((current) => ({ ...current, [key]: value }));
    },
    /**
     * A bound's field read after a key or on leaving it: one refused as unreadable and now readable (emptied,
     * or whole again), or refused otherwise and now unreadable, no longer holds what was refused.
     */
    edited: (key: 'from' | 'to', unreadable: boolean) => {
      if (errors[key] !== undefined && Boolean(refusedUnreadable[key]) !== unreadable) forget(key);
    },
    /** Applies the draft: refused for its errors, the same as the route already holds, or applied. */
    apply: (unreadable: UnreadableBounds = {}): 'refused' | 'same' | 'applied' => {
      const request = journalRequestOf(draft, zone, unreadable);
      if ('errors' in request) {
        setErrors(request.errors);
        setRefusedUnreadable(unreadable);
        return 'refused';
      }
      setErrors({});
      setRefusedUnreadable({});
      const next = journalRouteOf(request);
      if (next === route) return 'same';
      navigate(next);
      return 'applied';
    },
    clear: () => {
      setTakenOut(null);
      setDraft(EMPTY);
      setErrors({});
      setRefusedUnreadable({});
      navigate(JOURNAL_PATH);
    },
  };
}
