import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { LogQuery } from '../../../../shared/query/logQuery';
import { useCopyWithFallback } from '../../hooks/useCopyWithFallback';
import { filterFor, filterOut, type FieldFilter } from './fieldActions';
import { RefusedCopyBox } from './RefusedCopyBox';

interface DetailFieldProps<Q extends LogQuery> {
  /** The field's dotted path in the document, its tooltip. */
  path: string;
  /** The field's label, each hidden character named. */
  label: string;
  /** The value as read (a time in the operator's zone, hidden characters named). */
  text: string;
  /** The value as filters quote it, hidden characters named. */
  filterText: string;
  /** The exact value, as Copy writes it. */
  exact: string;
  /** "Filter for" and "Filter out", where the field table lets the logs be filtered by the field. */
  filter: { action: FieldFilter; query: Q; apply: (next: Q | null) => void } | null;
}

/**
 * `<DetailField path label text filterText exact filter />`: one field of a row's document as a table row,
 * with "Filter for", "Filter out" and "Copy". When the clipboard refuses, the exact value is shown in a
 * read-only box in a row of its own below, selected and focused, so the keyboard copies it from there.
 */
export function DetailField<Q extends LogQuery>({ path, label, text, filterText, exact, filter }: DetailFieldProps<Q>) {
  const { state, copy, box } = useCopyWithFallback(exact);
  return (
    <>
      <tr>
        <th scope="row" title={showHiddenCharacters(path)}>
          {label}
        </th>
        <td className="detail-value">{text}</td>
        <td className="detail-actions">
          {filter && (
            <>
              <button
                type="button"
                aria-label={`Filter for ${label}: ${filterText}`}
                title="Filter for this value"
                disabled={filterFor(filter.query, filter.action) === null}
                onClick={() => filter.apply(filterFor(filter.query, filter.action))}
              >
                +
              </button>
              <button
                type="button"
                aria-label={`Filter out ${label}: ${filterText}`}
                title="Filter out this value"
                disabled={filterOut(filter.query, filter.action) === null}
                onClick={() => filter.apply(filterOut(filter.query, filter.action))}
              >
                −
              </button>
            </>
          )}
          <button type="button" aria-label={`Copy ${label}`} title="Copy the value" onClick={copy}>
            {state === 'copied' ? 'Copied' : 'Copy'}
          </button>
        </td>
      </tr>
      {state === 'failed' && (
        <tr className="detail-copy-refused">
          <td colSpan={3}>
            <RefusedCopyBox label={label} text={exact} rows={3} box={box} />
          </td>
        </tr>
      )}
    </>
  );
}
