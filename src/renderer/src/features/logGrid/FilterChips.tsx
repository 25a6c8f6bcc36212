/**
 * `<FilterChips query onChange />`: every filter the query applies as a removable chip, labelled from
 * the field table, ids read as names once known; removing one applies at once.
 */
import type { LogQuery } from '../../../../shared/query/logQuery';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { partyLabel, useKnownNames } from './knownNames';
import { withoutExclusion } from './fieldActions';
import { filterLabel, holdsIds, timeLabel, withFilter } from './queryFilters';
import { ignoredTextReason } from './TextSearchHelp';

export function FilterChips<Q extends LogQuery>({ query, onChange }: { query: Q; onChange: (query: Q) => void }) {
  const names = useKnownNames();
  const { zone } = useTimeZone();
  const chips: { key: string; label: string; remove: () => Q }[] = [];
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  for (const [key, values] of Object.entries(filters)) {
    const named = holdsIds(query.family, key);
    for (const value of values ?? []) {
      chips.push({
        key: `${key}:${value}`,
        label: `${filterLabel(query.family, key)}: ${named ? partyLabel(names, value) : value}`,
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
    const named = holdsIds(query.family, key);
    for (const value of values ?? []) {
      chips.push({
        key: `not:${key}:${value}`,
        label: `${filterLabel(query.family, key)} is not: ${named ? partyLabel(names, value) : value}`,
        remove: () => withoutExclusion(query, key, value),
      });
    }
  }
  if (query.text) {
    const ignored = ignoredTextReason(query.text);
    chips.push({
      key: 'text',
      label: ignored ? `Text “${query.text}” ignored: ${ignored}` : `Text: “${query.text}”`,
      remove: () => ({ ...query, text: undefined }),
    });
  }
  const range = query.timeRange;
  if (range) {
    const time = timeLabel(query.family);
    const label =
      range.kind === 'relative'
        ? `${time}: last ${range.last}`
        : `${time}: ${range.from ? formatTimestamp(range.from, zone) : '…'} → ${range.to ? formatTimestamp(range.to, zone) : '…'}`;
    chips.push({ key: 'time', label, remove: () => ({ ...query, timeRange: undefined }) });
  }
  if (chips.length === 0) return null;
  return (
    <div className="chips" aria-label="Active filters">
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          className="chip"
          aria-label={`Remove ${chip.label}`}
          onClick={() => onChange({ ...chip.remove(), cursor: undefined })}
        >
          {chip.label} ✕
        </button>
      ))}
    </div>
  );
}
