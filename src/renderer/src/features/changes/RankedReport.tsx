/**
 * `<RankedReport id title ranking busy report table columns>`: one ranked risk view. Its heading, what
 * ranks a row higher, what the request is doing or why it failed, then (once it answered) what `children`
 * show of the answer, what it left out (`incomplete`), and the ranked table, `columns` naming its header
 * cells; its rows are `rows(data)`, given the answer's rows in the order the officer sorted them by a
 * sortable column (the rank column restores the ranking). The caption says how many rows it lists and in
 * what order, and, where the answer is cut, that a sort orders only those.
 * An answer without rows says so in words beneath the table (`empty`), not by header cells alone.
 */
import { useState, type ReactNode } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ClientLink } from '../../components/ClientLink';
import type { RequestState } from '../../hooks/useRequest';
import { CellName } from './CellNames';
import { ChangeProblem } from './ChangeProblem';
import { TableScroll } from '../../components/TableScroll';
import { nextSort, orderWords, RANK_COLUMN, RANKED, sortCaption, sortRows, type SortableColumn } from './riskSort';
import { SortHeader } from './SortHeader';

type Ranked = { rows: readonly { rank: number }[] };
type RowOf<T extends Ranked> = T['rows'][number];

/** The rank column: sorting by it restores the ranking. */
export const RANK: SortableColumn<{ rank: number }> = { name: RANK_COLUMN, kind: 'number', key: (row) => row.rank };

interface RankedReportProps<T extends Ranked> {
  id: string;
  title: string;
  /** What puts a row higher, in a sentence or two a risk officer reads before the table. */
  ranking: string;
  /** Said while the request runs: "Looking for …". */
  busy: string;
  report: RequestState<T>;
  /** The table's accessible name. */
  table: string;
  /** The header cells: a sortable column with the key it sorts by, else its name; false: none. */
  columns: readonly (SortableColumn<RowOf<T>> | string | false)[];
  /** What the caption counts, one and many: ["edit", "edits"]. */
  noun: readonly [string, string];
  rows: (data: T) => ReactNode;
  /** Controls above the request's outcome (the period asked about). */
  controls?: ReactNode;
  /** What shows of the answer above its table (the actions on all of it). */
  above?: (data: T) => ReactNode;
  /** Said beneath the table when the answer holds no rows: that nothing was found in the period. */
  empty: string;
  /** Said above the table when the answer ranks only part of what the logs hold: what it left out. */
  incomplete?: (data: T) => string | null;
}

export function RankedReport<T extends Ranked>({
  id,
  title,
  ranking,
  busy,
  report,
  table,
  columns,
  noun,
  rows,
  controls,
  above,
  empty,
  incomplete,
}: RankedReportProps<T>) {
  const data = report.error ? null : report.data;
  const leftOut = data && incomplete?.(data);
  const [sort, setSort] = useState(RANKED);
  const sortable = columns.filter((column): column is SortableColumn<RowOf<T>> => typeof column === 'object');
  const sortedBy = sortable.find((column) => column.name === sort.column) ?? RANK;
  const sorted = data && { ...data, rows: sortRows(data.rows, sortedBy, sort) };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p id={`${id}-ranking`} className="risk-ranking">
        {ranking}
      </p>
      {controls}
      {report.error && <ChangeProblem error={report.error} what="This view" />}
      {report.loading && <p role="status">{busy}</p>}
      {data && above?.(data)}
      {leftOut && (
        <p role="note" className="change-note">
          {leftOut}
        </p>
      )}
      {sorted && (
        <TableScroll label={table} content={data}>
          <table className="diff-table risk-table" aria-label={table} aria-describedby={`${id}-ranking`}>
            {sorted.rows.length > 0 && (
              <caption>{sortCaption(sorted.rows.length, noun, orderWords(sortedBy, sort), Boolean(leftOut))}</caption>
            )}
            <thead>
              <tr>
                {columns.map((column) =>
                  typeof column === 'object' ? (
                    <SortHeader
                      key={column.name}
                      name={column.name}
                      kind={column.kind}
                      sort={sort}
                      onSort={(name, kind) => setSort((current) => nextSort(current, name, kind))}
                    />
                  ) : (
                    column && (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    )
                  ),
                )}
              </tr>
            </thead>
            <tbody>{rows(sorted)}</tbody>
          </table>
        </TableScroll>
      )}
      {data && data.rows.length === 0 && <p>{empty}</p>}
    </section>
  );
}

/**
 * `<RiskClient clientId name />`: a row's client as the rest of the console shows one, by name, opening
 * their page; the id beneath it, since two clients may share a name. The id alone where no log names them.
 */
export function RiskClient({ clientId, name }: { clientId: string; name: string | null }) {
  return (
    <>
      <ClientLink clientId={clientId} name={name} />
      {name && <span className="muted risk-client-id">({showHiddenCharacters(clientId)})</span>}
    </>
  );
}

/**
 * `<RiskPerson name id />`: who made an edit, "Name (id)" as the change pages name them, the id beneath the
 * name as a client's is, since two managers may share a name; what is known of the two alone, else "unknown".
 */
export function RiskPerson({ name, id }: { name: string | null; id: string | null }) {
  if (!name || !id || name === id) return <CellName name={name ?? id ?? 'unknown'} />;
  return (
    <>
      <CellName name={name} />
      <span className="muted risk-client-id">
        {' ('}
        <CellName name={id} />)
      </span>
    </>
  );
}
