/**
 * `<FilterChips query refusal onChange />`: every filter the query applies as a removable chip, worded as
 * `queryWords.ts` words a query, ids read as names once known; removing one applies at once. A chip that names a
 * client links that name to the client's page. A search text with a quote left open carries the note the search
 * field shows (`unclosedQuoteNote`), shown under the chips and read as the text chip's description; like the
 * field, it says nothing of a text main refuses (`refusal`, main's answer to the query, or its rule for text).
 */
import { useId } from 'react';
import type { Failure } from '../../../../shared/contract/errors';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { LogQuery } from '../../../../shared/query/logQuery';
import { ClientLink } from '../../components/ClientLink';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { useKnownNames } from './knownNames';
import { withoutExclusion } from './fieldActions';
import { namesClient, withFilter } from './queryFilters';
import { refusalProblems } from './queryProblems';
import { unclosedQuoteNote } from './unclosedQuoteNote';
import { filterPrefix, filterValueWords, partyWords, textWords, timeRangeWords } from './queryWords';

interface FilterChipsProps<Q extends LogQuery> {
  query: Q;
  /** Main's answer when it refused the query, if it did. */
  refusal?: Failure | null;
  onChange: (query: Q) => void;
}

export function FilterChips<Q extends LogQuery>({ query, refusal = null, onChange }: FilterChipsProps<Q>) {
  const names = useKnownNames();
  const { zone } = useTimeZone();
  const quoteNoteId = useId();
  const quoteNote = unclosedQuoteNote(query.text, refusalProblems(refusal).text);
  const chips: {
    key: string;
    label: string;
    remove: () => Q;
    client?: { prefix: string; id: string };
    note?: string;
  }[] = [];
  const clientOf = (key: string, value: string, prefix: string) =>
    namesClient(query.family, key) ? { client: { prefix, id: value } } : {};
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  for (const [key, values] of Object.entries(filters)) {
    const prefix = filterPrefix(query.family, key);
    for (const value of values ?? []) {
      chips.push({
        key: `${key}:${value}`,
        label: `${prefix}${filterValueWords(query.family, key, value, names)}`,
        ...clientOf(key, value, prefix),
        remove: () =>
          withFilter(
            query,
            key,
            (values ?? []).filter((item) => item !== value),
          ),
      });
    }
  }
  const exclude: Readonly<Record<string, readonly string[] | undefined>> = query.exclude ?? {};
  for (const [key, values] of Object.entries(exclude)) {
    const prefix = filterPrefix(query.family, key, true);
    for (const value of values ?? []) {
      chips.push({
        key: `not:${key}:${value}`,
        label: `${prefix}${filterValueWords(query.family, key, value, names)}`,
        ...clientOf(key, value, prefix),
        remove: () => withoutExclusion(query, key, value),
      });
    }
  }
  if (query.text) {
    chips.push({
      key: 'text',
      label: textWords(query.text),
      remove: () => ({ ...query, text: undefined }),
      ...(quoteNote ? { note: quoteNoteId } : {}),
    });
  }
  const range = query.timeRange;
  if (range) {
    const label = timeRangeWords(query.family, range, zone);
    chips.push({ key: 'time', label, remove: () => ({ ...query, timeRange: undefined }) });
  }
  if (chips.length === 0) return null;
  return (
    <>
      <div className="chips" aria-label="Active filters">
        {chips.map((chip) =>
          chip.client ? (
            <span key={chip.key} className="chip chip-linked">
              {chip.client.prefix}
              <ClientLink
                clientId={chip.client.id}
                name={names[chip.client.id] ?? null}
                label={partyWords(names, chip.client.id)}
              />
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${showHiddenCharacters(chip.label)}`}
                onClick={() => onChange({ ...chip.remove(), cursor: undefined })}
              >
                ✕
              </button>
            </span>
          ) : (
            <button
              key={chip.key}
              type="button"
              className="chip"
              aria-label={`Remove ${showHiddenCharacters(chip.label)}`}
              aria-describedby={chip.note}
              onClick={() => onChange({ ...chip.remove(), cursor: undefined })}
            >
              {showHiddenCharacters(chip.label)} ✕
            </button>
          ),
        )}
      </div>
      {quoteNote && (
        <p id={quoteNoteId} className="query-hint muted">
          {quoteNote}
        </p>
      )}
    </>
  );
}
