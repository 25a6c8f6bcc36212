/**
 * The journal's applied filters live in its route (`#/journal?operator=ivy&outcome=refused`), so a
 * reload or a link keeps them: `operator`, `channel`, `client`, `outcome` as typed, `from` and `to` as
 * ISO instants with their offset. `readJournalRoute` turns a route's parameters into the form's draft
 * and says what it could not use, field by field; `journalRouteOf` writes a request back.
 */
import { JournalOutcome } from '../../../../shared/domain/journal';
import { calendarProblem } from '../../../../shared/query/calendarProblem';
import { INSTANT_FORM, isInstant } from '../../../../shared/query/logQuery';
import { quoteText } from '../../format/quoteText';
import { isoToInput } from '../../format/formatTimestamp';
import { givenOnce } from '../../routing/givenOnce';
import type { JournalFilterDraft, JournalFilterErrors, JournalRequest } from './useJournalFilters';

export const JOURNAL_PATH = '/journal';

/** The parameters a journal route holds; a link's others are named as ignored. */
export const JOURNAL_PARAMS = ['operator', 'channel', 'client', 'outcome', 'from', 'to'] as const;

/** Each filter as a sentence names it. */
const FIELD_NAMES: Readonly<Record<keyof JournalFilterDraft, string>> = {
  operator: 'operator',
  channel: 'channel',
  clientId: 'client',
  outcome: 'outcome',
  from: 'start',
  to: 'end',
};

/** The draft a route's parameters give, and why any of them was left out. */
export function readJournalRoute(
  params: URLSearchParams,
  zone: string,
): { draft: JournalFilterDraft; problems: JournalFilterErrors } {
  const problems: JournalFilterErrors = {};
  /** A parameter's one value; none, and said, when the link gives it more than once. */
  const single = (param: string, key: keyof JournalFilterDraft): string => {
    const { value, repeated } = givenOnce(params, param);
    if (!repeated) return value ?? '';
    const quoted = repeated.map((each) => quoteText(each, 40)).join(', ');
    problems[key] = `The link gives the ${FIELD_NAMES[key]} more than once (${quoted}); each was left out.`;
    return '';
  };
  const outcome = single('outcome', 'outcome');
  const known = JournalOutcome.safeParse(outcome);
  if (outcome && !known.success) {
    problems.outcome = `The link's outcome ${quoteText(outcome, 40)} is none of ok, refused or failed; it was left out.`;
  }
  const instant = (key: 'from' | 'to') => {
    const value = single(key, key);
    if (!value) return '';
    if (isInstant(value)) return isoToInput(value, zone);
    // A day or time the calendar has not (30 February) is written in the right form: said as what it is.
    const bound = key === 'from' ? 'start' : 'end';
    const impossible = calendarProblem(value);
    problems[key] = impossible
      ? `The link's ${bound} was left out: ${impossible}.`
      : `The link's ${bound} is not ${INSTANT_FORM}; it was left out.`;
    return '';
  };
  return {
    draft: {
      operator: single('operator', 'operator'),
      channel: single('channel', 'channel'),
      clientId: single('client', 'clientId'),
      outcome: known.success ? known.data : '',
      from: instant('from'),
      to: instant('to'),
    },
    problems,
  };
}

/** The route of a journal request: only the filters it holds, in a fixed order. */
export function journalRouteOf(request: JournalRequest): string {
  const params = new URLSearchParams();
  if (request.operator) params.set('operator', request.operator);
  if (request.channel) params.set('channel', request.channel);
  if (request.clientId) params.set('client', request.clientId);
  if (request.outcome) params.set('outcome', request.outcome);
  if (request.from) params.set('from', request.from);
  if (request.to) params.set('to', request.to);
  const search = params.toString();
  return search ? `${JOURNAL_PATH}?${search}` : JOURNAL_PATH;
}
