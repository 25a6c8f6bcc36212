/**
 * `<DetailTable family row query onQueryChange />`: a row's document as a table of fields (dotted path,
 * label from the field table, value), each value selectable and with "Filter for", "Filter out" (where
 * the field table lets the logs be filtered by it, see fieldActions) and "Copy".
 */
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { DetailField } from './DetailField';
import { documentLeaves, fieldFilter } from './fieldActions';
import { fieldLabel } from './queryFilters';

/** The exact value, as Copy writes it. */
const exact = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
/** The value as read: a hidden character the producer logged is shown by its name, ⟨U+202E⟩. */
const shown = (value: unknown): string => showHiddenCharacters(exact(value), { lines: true });

interface DetailTableProps<Q extends LogQuery> {
  family: LogFamily;
  row: unknown;
  query?: Q;
  onQueryChange?: (query: Q) => void;
}

export function DetailTable<Q extends LogQuery>({ family, row, query, onQueryChange }: DetailTableProps<Q>) {
  const { zone } = useTimeZone();
  const fields = LOG_FIELDS[family];
  const apply = (next: Q | null) => next && onQueryChange?.({ ...next, cursor: undefined });
  return (
    <table className="detail-table" aria-label="Fields">
      <tbody>
        {documentLeaves(row).map(([path, value]) => {
          const action = query && onQueryChange ? fieldFilter(family, path, row) : null;
          return (
            <DetailField
              key={path}
              path={path}
              label={showHiddenCharacters(fieldLabel(family, path))}
              text={path === fields.time && typeof value === 'string' ? formatTimestamp(value, zone) : shown(value)}
              filterText={shown(value)}
              exact={exact(value)}
              filter={action && query ? { action, query, apply } : null}
            />
          );
        })}
      </tbody>
    </table>
  );
}
