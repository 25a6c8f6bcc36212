/**
 * `#/risk?hours=…`: the hours before a withdrawal a Risk link asks for, plain digits from 1 to 720 only.
 * Anything else the link holds (hours in another form, out of range or given twice, a parameter the page
 * has none of) is named with why, and the page shows its default instead of some other number.
 */
import type { IgnoredParam } from '../logGrid/readRoute';
import { givenOnce } from '../../routing/givenOnce';
import { withSearch } from '../../routing/withSearch';
import { readRiskHours } from './riskHours';

export interface RiskRoute {
  /** The hours the link asks for; null when it asks for none it can use (the page's default then). */
  hours: number | null;
  ignored: IgnoredParam[];
}

const KNOWN_PARAMS = new Set(['hours']);

/** The Risk page's route asking for `hours`, or for none (the page's default then). */
export function riskPath(hours: number | null): string {
  return withSearch('/risk', hours === null ? '' : new URLSearchParams({ hours: String(hours) }));
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
  for (const [param, value] of params)
    if (!KNOWN_PARAMS.has(param)) ignored.push({ param, value, reason: 'this page has no such parameter' });
  return { hours, ignored };
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
