/**
 * The journal's applied filters live in its route (`#/journal?operator=ivy&outcome=refused`), so a
 * reload or a link keeps them: `operator`, `channel`, `client`, `outcome` as typed, `from` and `to` as
 * ISO instants with their offset. `readJournalRoute` turns a route's parameters into the form's draft
 * and says what it could not use, field by field; `journalRouteOf` writes a request back.
 */
import { JournalOutcome } from '../../../../shared/domain/journal';
import { calendarProblem } from '../../../../shared/query/calendarProblem';
import { INSTANT_FORM, isInstant } from '../../../../shared/query/logQuery';
import { idSecretProblem } from '../../../../shared/query/searchTextSecret';
import { quoteText } from '../../format/quoteText';
import { isoToInput } from '../../format/formatTimestamp';
import { givenOnce } from '../../routing/givenOnce';
import { readSearch } from '../../routing/readSearch';
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

/** Each filter's parameter in the route. */
const PARAM_FIELDS: Readonly<Record<(typeof JOURNAL_PARAMS)[number], keyof JournalFilterDraft>> = {
  operator: 'operator',
  channel: 'channel',
  client: 'clientId',
  outcome: 'outcome',
  from: 'from',
  to: 'to',
};

/** Each text filter as a refusal of a secret names it, and what to do instead. */
const SECRET_REFUSALS: Readonly<Record<'operator' | 'channel' | 'clientId', readonly [string, string]>> = {
  operator: ['operator in the link', "Check the link, or type the operator's id or name."],
  channel: ['channel in the link', 'Check the link, or type the name of a channel, such as logs/search.'],
  clientId: ['client id in the link', 'Check the link, or look the client up by name or e-mail address.'],
};

/**
 * The draft a route's parameters give, and why any of them was left out. Given as the address writes
 * them (`search`), a filter the address does not validly percent-encode is left out and said so, rather
 * than read as a decoder garbles it.
 */
export function readJournalRoute(
  route: URLSearchParams | string,
  zone: string,
): { draft: JournalFilterDraft; problems: JournalFilterErrors } {
  const { params, badlyEncoded } = typeof route === 'string' ? readSearch(route) : { params: route, badlyEncoded: [] };
  const problems: JournalFilterErrors = {};
  for (const { param, value } of badlyEncoded) {
    if (!Object.hasOwn(PARAM_FIELDS, param)) continue;
    const key = PARAM_FIELDS[param as keyof typeof PARAM_FIELDS];
    problems[key] =
      `The link's ${FIELD_NAMES[key]} ${quoteText(value, 40)} is not validly percent-encoded; it was left out. Copy the link again from where it came from.`;
  }
  /** A parameter's one value; none, and said, when the link gives it more than once. */
  const single = (param: string, key: keyof JournalFilterDraft): string => {
    const { value, repeated } = givenOnce(params, param);
    if (!repeated) return value ?? '';
    const quoted = repeated.map((each) => quoteText(each, 40)).join(', ');
    problems[key] = `The link gives the ${FIELD_NAMES[key]} more than once (${quoted}); each was left out.`;
    return '';
  };
  /** A text filter's one value; none, and said, when it holds a secret: no field shows it, nothing is searched with it. */
  const text = (param: string, key: keyof typeof SECRET_REFUSALS): string => {
    const value = single(param, key);
    const secret = idSecretProblem(value, ...SECRET_REFUSALS[key]);
    if (secret === null) return value;
    problems[key] = secret;
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
      operator: text('operator', 'operator'),
      channel: text('channel', 'channel'),
      clientId: text('client', 'clientId'),
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
