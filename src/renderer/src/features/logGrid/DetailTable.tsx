/**
 * `<DetailTable family row query onQueryChange />`: a row's document as a table of fields (dotted path,
 * label from the field table, value), each value selectable and with "Filter for", "Filter out" (where
 * the field table lets the logs be filtered by it, see fieldActions) and "Copy".
 */
import { useState } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { documentLeaves, fieldFilter, filterFor, filterOut } from './fieldActions';
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
  const [copied, setCopied] = useState<string | null>(null);
  const fields = LOG_FIELDS[family];
  const copy = (path: string, text: string) =>
    void navigator.clipboard.writeText(text).then(
      () => setCopied(path),
      () => setCopied(null),
    );
  return (
    <table className="detail-table" aria-label="Fields">
      <tbody>
        {documentLeaves(row).map(([path, value]) => {
          const label = showHiddenCharacters(fieldLabel(family, path));
          const text = path === fields.time && typeof value === 'string' ? formatTimestamp(value, zone) : shown(value);
          const action = query && onQueryChange ? fieldFilter(family, path, row) : null;
          const apply = (next: Q | null) => next && onQueryChange?.({ ...next, cursor: undefined });
          return (
            <tr key={path}>
              <th scope="row" title={showHiddenCharacters(path)}>
                {label}
              </th>
              <td className="detail-value">{text}</td>
              <td className="detail-actions">
                {action && query && (
                  <>
                    <button
                      type="button"
                      aria-label={`Filter for ${label}: ${shown(value)}`}
                      title="Filter for this value"
                      disabled={filterFor(query, action) === null}
                      onClick={() => apply(filterFor(query, action))}
                    >
                      +
                    </button>
                    <button
                      type="button"
                      aria-label={`Filter out ${label}: ${shown(value)}`}
                      title="Filter out this value"
                      disabled={filterOut(query, action) === null}
                      onClick={() => apply(filterOut(query, action))}
                    >
                      −
                    </button>
                  </>
                )}
                <button
                  type="button"
                  aria-label={`Copy ${label}`}
                  title="Copy the value"
                  onClick={() => copy(path, exact(value))}
                >
                  {copied === path ? 'Copied' : 'Copy'}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
