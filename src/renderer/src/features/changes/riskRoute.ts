/**
 * `#/risk?hours=…&minClients=…&from=…&to=…` (or `last=…`): the hours before a withdrawal a Risk link asks
 * for, plain digits from 1 to 720 only, the fewest clients a listed bulk operation changed, plain digits from
 * 2 to 100,000 only (the field takes 5,000 as typed; the address holds 5000), and the period the page's views
 * read, checked as the client pages check theirs.
 * Anything else the link holds (a number in another form, out of range or given twice, a reversed or
 * unreadable period, a parameter the page has none of) is named with why, and the page shows its default
 * instead of some other number or period.
 */
import type { TimeRange } from '../../../../shared/query/logQuery';
import type { IgnoredParam } from '../logGrid/readRoute';
import { givenOnce } from '../../routing/givenOnce';
import { withSearch } from '../../routing/withSearch';
import { readTimeParams, TIME_PARAMS, withTimeRange } from '../clients/clientPageRoute';
import { readWholeNumber, type WholeNumberRule } from '../../format/readWholeNumber';
import { BULK_MIN_CLIENTS_RULE } from './bulkMinClients';
import { RISK_HOURS } from './riskHours';

export interface RiskRoute {
  /** The hours the link asks for; null when it asks for none it can use (the page's default then). */
  hours: number | null;
  /** The fewest clients a listed bulk operation changed; null when the link asks for none it can use. */
  minClients: number | null;
  /** The period the views read; undefined when the link gives none it can use (all the logs then). */
  timeRange: TimeRange | undefined;
  ignored: IgnoredParam[];
}

const KNOWN_PARAMS: ReadonlySet<string> = new Set(['hours', 'minClients', ...TIME_PARAMS]);

/**
 * The Risk page's route asking for `hours` and `minClients` (or for none: the page's default then) over
 * `timeRange`.
 */
export function riskPath(hours: number | null, timeRange?: TimeRange, minClients: number | null = null): string {
  const params = new URLSearchParams();
  if (hours !== null) params.set('hours', String(hours));
  if (minClients !== null) params.set('minClients', String(minClients));
  return withSearch('/risk', withTimeRange(params, timeRange));
}

/** The whole number a link gives once as `param`, read by `rule`; null, with why, when it gives none it can use. */
function readLinkedNumber(
  params: URLSearchParams,
  param: string,
  what: string,
  rule: WholeNumberRule,
  ignored: IgnoredParam[],
): number | null {
  const { value, repeated = [] } = givenOnce(params, param);
  for (const each of repeated) ignored.push({ param, value: each, reason: `the link gives ${what} more than once` });
  if (value === null) return null;
  const read = readWholeNumber(value, rule, { link: param });
  if ('value' in read) return read.value;
  ignored.push({ param, value, reason: read.problem });
  return null;
}

export function readRiskRoute(params: URLSearchParams): RiskRoute {
  const ignored: IgnoredParam[] = [];
  const hours = readLinkedNumber(params, 'hours', 'the hours', RISK_HOURS, ignored);
  const minClients = readLinkedNumber(params, 'minClients', 'the fewest clients', BULK_MIN_CLIENTS_RULE, ignored);
  const { timeRange, timeIgnored } = readTimeParams(params);
  ignored.push(...timeIgnored);
  for (const [param, value] of params)
    if (!KNOWN_PARAMS.has(param)) ignored.push({ param, value, reason: 'this page has no such parameter' });
  return { hours, minClients, timeRange, ignored };
}

/**
 * What a Risk link holds after `/risk` (`#/risk/extra`): the Risk page has no pages below it, so it shows
 * itself and says it left that part out. The part is named as its text, as every page names a junk
 * address (where it is shown, each hidden character is named), or as written when it is not whole
 * percent-encoded text. A trailing slash alone is its own address.
 */
export function riskPathIgnored(rest: readonly string[]): IgnoredParam[] {
  const extra = rest.join('/');
  if (extra === '') return [];
  const written = `/${decodedOrWritten(extra)}`;
  return [
    {
      param: written,
      value: '',
      written,
      reason: 'the Risk page has no pages below it; its address is #/risk',
    },
  ];
}

function decodedOrWritten(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
