import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { listFirstOf } from '../../../../shared/domain/listInSentence';
import type { PinnedQuery } from '../../../../shared/domain/investigationCase';
import { clipText } from '../../format/clipText';
import { familyLabel } from '../../format/familyLabel';
import { quoteText } from '../../format/quoteText';
import { filterPrefix, filterValueWords, textWords, timeRangeWords } from '../logGrid/queryWords';

/** How many values of one filter a pinned query's line names; the others are counted. */
const VALUES_NAMED = 3;
/** A value, or the text searched for, is cut to this many characters in the line. */
const VALUE_MAX = 80;

type Filters = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * What a pinned query matches, in the words the grid's chips use once it is opened again: its label,
 * then its family (unless the label is just that), each filter with its values (a long list named in
 * part and the rest counted), the text, and the range frozen when it was pinned, or "any time". A long
 * value is cut short and every hidden character named, so the line reads as one line, as written.
 */
export function pinnedQueryWords(
  pin: Pick<PinnedQuery, 'label' | 'query'>,
  names: Readonly<Record<string, string>>,
  zone: string,
): string {
  const { query } = pin;
  const family = familyLabel(query.family);
  const valuesOf = (filters: Filters, excluded: boolean) =>
    Object.entries(filters).flatMap(([key, values = []]) => {
      if (values.length === 0) return [];
      const shown = values.map((value) => clipText(filterValueWords(query.family, key, value, names), VALUE_MAX));
      return [`${filterPrefix(query.family, key, excluded)}${listFirstOf(shown, VALUES_NAMED)}`];
    });
  const matched = [
    ...valuesOf(query.filters, false),
    ...valuesOf(query.exclude ?? {}, true),
    ...(query.text ? [textWords(query.text, quoteText(query.text, VALUE_MAX))] : []),
  ];
  const parts = [
    ...(pin.label === family ? [] : [family]),
    ...(matched.length > 0 ? matched : ['no filter']),
    query.timeRange ? timeRangeWords(query.family, query.timeRange, zone) : 'any time',
  ];
  return showHiddenCharacters(`${pin.label} — ${parts.join(' · ')}`);
}
