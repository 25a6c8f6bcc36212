import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { OperationalFilters, OperationalQuery } from '../../../../shared/query/logQuery';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { usePartyNames } from './partyNames';

/** What a filter is called on its chip: its field's label in the field table. */
const labelOf = (key: string): string => LOG_FIELDS.operational.filters.get(key)?.field.label ?? key;

/** Filters that hold ids of people or API tokens: their chips read as names once known. */
const PARTY_FILTERS = new Set<keyof OperationalFilters>(['clientId', 'employeeId', 'apiId']);

/** Every active filter as a chip; removing one applies at once. */
export function FilterChips({
  query,
  onChange,
}: {
  query: OperationalQuery;
  onChange: (query: OperationalQuery) => void;
}) {
  const names = usePartyNames();
  const { zone } = useTimeZone();
  const chips: { key: string; label: string; remove: () => OperationalQuery }[] = [];
  const shown = (key: keyof OperationalFilters, value: string) =>
    PARTY_FILTERS.has(key) && names[value] ? names[value] : value;
  for (const [key, values] of Object.entries(query.filters) as [keyof OperationalFilters, string[] | undefined][]) {
    for (const value of values ?? []) {
      chips.push({
        key: `${key}:${value}`,
        label: `${labelOf(key)}: ${shown(key, value)}`,
        remove: () => {
          const rest = values?.filter((item) => item !== value) ?? [];
          return { ...query, filters: { ...query.filters, [key]: rest.length > 0 ? rest : undefined } };
        },
      });
    }
  }
  if (query.text)
    chips.push({ key: 'text', label: `Text: “${query.text}”`, remove: () => ({ ...query, text: undefined }) });
  const range = query.timeRange;
  if (range) {
    const label =
      range.kind === 'relative'
        ? `Created: last ${range.last}`
        : `Created: ${range.from ? formatTimestamp(range.from, zone) : '…'} → ${range.to ? formatTimestamp(range.to, zone) : '…'}`;
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
