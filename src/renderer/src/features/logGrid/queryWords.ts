/**
 * How the grid words the parts of a query, in its filter chips and wherever a query is described (a
 * case's pinned queries): a filter by its field's label, "is not" for an excluded value, a party by its
 * name and id once the name is known, the text quoted, the time range in the operator's zone with its
 * offset named.
 */
import { maskSensitiveText } from '../../../../shared/domain/maskSensitiveText';
import type { LogFamily, TimeRange } from '../../../../shared/query/logQuery';
import { formatTimestamp } from '../../format/formatTimestamp';
import { partyLabel } from './knownNames';
import { filterLabel, holdsIds, timeLabel } from './queryFilters';
import { ignoredTextReason } from './TextSearchHelp';

/** What a filter's words start with: "Action: ", or "Action is not: " for excluded values. */
export function filterPrefix(family: LogFamily, key: string, excluded = false): string {
  return `${filterLabel(family, key)}${excluded ? ' is not' : ''}: `;
}

/**
 * A party as "name (id)" once its name is known, else its id; a card number or other secret its id or
 * name holds (a link or a saved query carried it) shown as redaction shows it.
 */
export function partyWords(names: Readonly<Record<string, string>>, id: string): string {
  return maskSensitiveText(partyLabel(names, id));
}

/** One value of a filter: a party as `partyWords` words it, any other value as it is, a secret in it masked. */
export function filterValueWords(
  family: LogFamily,
  key: string,
  value: string,
  names: Readonly<Record<string, string>>,
): string {
  return holdsIds(family, key) ? partyWords(names, value) : maskSensitiveText(value);
}

/**
 * The text searched for, as `quoted` writes it (in curly quotes by default, a card number or a secret a
 * link carried shown as redaction shows it); a text that searches for nothing says that it is ignored, and why.
 */
export function textWords(text: string, quoted = `“${maskSensitiveText(text)}”`): string {
  const ignored = ignoredTextReason(text);
  return ignored ? `Text ${quoted} ignored: ${ignored}` : `Text: ${quoted}`;
}

/** The time range: "Created: last 24h", or its bounds in the zone ("…" for an open one), milliseconds kept. */
export function timeRangeWords(family: LogFamily, range: TimeRange, zone: string): string {
  const time = timeLabel(family);
  if (range.kind === 'relative') return `${time}: last ${range.last}`;
  const bound = (iso: string | undefined) => (iso ? formatTimestamp(iso, zone, true) : '…');
  return `${time}: ${bound(range.from)} → ${bound(range.to)}`;
}
