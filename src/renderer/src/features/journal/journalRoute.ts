/**
 * The journal's applied filters live in its route (`#/journal?operator=ivy&outcome=refused`), so a
 * reload or a link keeps them: `operator`, `channel`, `client`, `outcome` as typed, `from` and `to` as
 * ISO instants with their offset. `readJournalRoute` turns a route's parameters into the form's draft
 * and says what it could not use, field by field; `journalRouteOf` writes a request back.
 */
import { JournalOutcome } from '../../../../shared/domain/journal';
import { calendarProblem } from '../../../../shared/query/calendarProblem';
import { INSTANT_FORM, isInstant } from '../../../../shared/query/logQuery';
import { findSecretSpans } from '../../../../shared/domain/secretSpans';
import { idSecretProblem } from '../../../../shared/query/searchTextSecret';
import { quotedTextShown, quoteText } from '../../format/quoteText';
import { isoToInput } from '../../format/formatTimestamp';
import { givenOnce } from '../../routing/givenOnce';
import { readSearch } from '../../routing/readSearch';
import { withSearch } from '../../routing/withSearch';
import type { JournalFilterDraft, JournalFilterErrors, JournalRequest } from './useJournalFilters';

export const JOURNAL_PATH = '/journal';

/** The parameters a journal route holds; a link's others are named as ignored. */
export const JOURNAL_PARAMS = ['operator', 'channel', 'client', 'outcome', 'from', 'to'] as const;

/** The most characters of a value the link gave that a sentence quotes. */
const QUOTED_AT_MOST = 40;

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

/** What to do about a filter the link gave that was left out: give it again, here. */
const GIVE_AGAIN: Readonly<Record<keyof JournalFilterDraft, string>> = {
  operator: 'Type the operator you mean and apply the filters.',
  channel: 'Type the channel you mean and apply the filters.',
  clientId: 'Type the client id you mean and apply the filters.',
  outcome: 'Choose the outcome you mean and apply the filters.',
  from: 'Set the start you mean and apply the filters.',
  to: 'Set the end you mean and apply the filters.',
};

/** Each text filter's parameter, and the field that takes it. */
const TEXT_PARAMS = [
  ['operator', 'operator'],
  ['channel', 'channel'],
  ['client', 'clientId'],
] as const;

/**
 * Each text filter as a refusal of a secret names it, and what to do instead. A link's secret is taken out
 * of the address as soon as it is read (`withoutSecrets`), and the sentence says so.
 */
const SECRET_REFUSALS: Readonly<Record<'operator' | 'channel' | 'clientId', readonly [string, string]>> = {
  operator: [
    'operator in the link',
    "It was taken out of the address. Check the link, or type the operator's id or name.",
  ],
  channel: [
    'channel in the link',
    'It was taken out of the address. Check the link, or type the name of a channel, such as logs/search.',
  ],
  clientId: [
    'client id in the link',
    'It was taken out of the address. Check the link, or look the client up by name or e-mail address.',
  ],
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
      `The link's ${FIELD_NAMES[key]} ${quoteText(value, QUOTED_AT_MOST)} is not validly percent-encoded; it was left out. Copy the link again from where it came from.`;
  }
  /** A parameter's one value; none, and said, when the link gives it more than once. */
  const single = (param: string, key: keyof JournalFilterDraft): string => {
    const { value, repeated } = givenOnce(params, param);
    if (!repeated) return value ?? '';
    const quoted = repeated.map((each) => quoteText(each, QUOTED_AT_MOST)).join(', ');
    problems[key] =
      `The link gives the ${FIELD_NAMES[key]} more than once (${quoted}); each was left out. ${GIVE_AGAIN[key]}`;
    return '';
  };
  /**
   * A text filter's one value; none, and said, when any value the link gives it holds a secret: no field
   * shows it, nothing is searched with it.
   */
  const text = (param: string, key: keyof typeof SECRET_REFUSALS): string => {
    const secret = params
      .getAll(param)
      .map((each) => idSecretProblem(each, ...SECRET_REFUSALS[key]))
      .find((each) => each !== null);
    if (secret === undefined) return single(param, key);
    problems[key] = secret;
    return '';
  };
  const outcome = single('outcome', 'outcome');
  const known = JournalOutcome.safeParse(outcome);
  if (outcome && !known.success) {
    problems.outcome = `The link's outcome ${quoteText(outcome, QUOTED_AT_MOST)} is none of ok, refused or failed; it was left out. ${GIVE_AGAIN.outcome}`;
  }
  const instant = (key: 'from' | 'to') => {
    const value = single(key, key);
    if (!value) return '';
    if (isInstant(value)) return isoToInput(value, zone);
    // A day or time the calendar has not (30 February) is written in the right form: said as what it is.
    const bound = key === 'from' ? 'start' : 'end';
    const impossible = calendarProblem(value);
    problems[key] = impossible
      ? `The link's ${bound} ${quoteText(value, QUOTED_AT_MOST)} was left out: ${impossible}. ${GIVE_AGAIN[key]}`
      : `The link's ${bound} ${quoteText(value, QUOTED_AT_MOST)} is not ${INSTANT_FORM}; it was left out. ${GIVE_AGAIN[key]}`;
    return '';
  };
  const [operator, channel, clientId] = TEXT_PARAMS.map(([param, key]) => text(param, key));
  return {
    draft: {
      operator: operator ?? '',
      channel: channel ?? '',
      clientId: clientId ?? '',
      outcome: known.success ? known.data : '',
      from: instant('from'),
      to: instant('to'),
    },
    problems,
  };
}

/**
 * The texts `readJournalRoute` may quote in what it says of each filter: every value the address gives it,
 * as the sentence writes it between its quotes, for the field to isolate each (`FormField`'s `quoted`).
 */
export function journalQuotedValues(search: string): Partial<Record<keyof JournalFilterDraft, string[]>> {
  const { params, badlyEncoded } = readSearch(search);
  const quoted: Partial<Record<keyof JournalFilterDraft, string[]>> = {};
  for (const [param, key] of Object.entries(PARAM_FIELDS)) {
    const given = [
      ...params.getAll(param),
      ...badlyEncoded.filter((each) => each.param === param).map((each) => each.value),
    ];
    if (given.length > 0) quoted[key] = given.map((value) => quotedTextShown(value, QUOTED_AT_MOST));
  }
  return quoted;
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
  return withSearch(JOURNAL_PATH, params);
}

/**
 * The search of a journal route without each text filter a secret is given to (as the address writes the
 * rest), and the fields those filters fill; null when it gives none. A card number or token a link carried
 * does not stay in the address, its history entry or a copy of the link made from it.
 */
export function withoutSecrets(search: string): { search: string; fields: (keyof JournalFilterDraft)[] } | null {
  const { params } = readSearch(search);
  const given = TEXT_PARAMS.filter(([param]) =>
    params.getAll(param).some((value) => findSecretSpans(value).length > 0),
  );
  if (given.length === 0) return null;
  const secret: string[] = given.map(([param]) => param);
  const named = (pair: string): string => {
    const name = pair.split('=', 1)[0] ?? '';
    try {
      return decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      return name;
    }
  };
  return {
    search: search
      .split('&')
      .filter((pair) => pair !== '' && !secret.includes(named(pair)))
      .join('&'),
    fields: given.map(([, key]) => key),
  };
}
