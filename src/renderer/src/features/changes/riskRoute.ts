/**
 * `#/risk?hours=…&from=…&to=…` (or `last=…`): the hours before a withdrawal a Risk link asks for, plain
 * digits from 1 to 720 only, and the period the page's views read, checked as the client pages check theirs.
 * Anything else the link holds (hours in another form, out of range or given twice, a reversed or unreadable
 * period, a parameter the page has none of) is named with why, and the page shows its default instead of
 * some other number or period.
 */
import type { TimeRange } from '../../../../shared/query/logQuery';
import type { IgnoredParam } from '../logGrid/readRoute';
import { givenOnce } from '../../routing/givenOnce';
import { withSearch } from '../../routing/withSearch';
import { readTimeParams, TIME_PARAMS, withTimeRange } from '../clients/clientPageRoute';
import { readRiskHours } from './riskHours';

export interface RiskRoute {
  /** The hours the link asks for; null when it asks for none it can use (the page's default then). */
  hours: number | null;
  /** The period the views read; undefined when the link gives none it can use (all the logs then). */
  timeRange: TimeRange | undefined;
  ignored: IgnoredParam[];
}

const KNOWN_PARAMS: ReadonlySet<string> = new Set(['hours', ...TIME_PARAMS]);

/** The Risk page's route asking for `hours` (or for none: the page's default then) over `timeRange`. */
export function riskPath(hours: number | null, timeRange?: TimeRange): string {
  const params = new URLSearchParams(hours === null ? {} : { hours: String(hours) });
  return withSearch('/risk', withTimeRange(params, timeRange));
}

export function readRiskRoute(params: URLSearchParams): RiskRoute {
  const ignored: IgnoredParam[] = [];
  const { value, repeated = [] } = givenOnce(params, 'hours');
  let hours: number | null = null;
  for (const each of repeated)
    ignored.push({ param: 'hours', value: each, reason: 'the link gives the hours more than once' });
  if (value !== null) {
    const read = readRiskHours(value);
    if ('hours' in read) hours = read.hours;
    else ignored.push({ param: 'hours', value, reason: read.problem });
  }
  const { timeRange, timeIgnored } = readTimeParams(params);
  ignored.push(...timeIgnored);
  for (const [param, value] of params)
    if (!KNOWN_PARAMS.has(param)) ignored.push({ param, value, reason: 'this page has no such parameter' });
  return { hours, timeRange, ignored };
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
