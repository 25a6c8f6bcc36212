/**
 * `<RankedReport id title busy report table columns>`: one ranked risk view. Its heading, what the
 * request is doing or why it failed, then (once it answered) what `children` show of the answer and the
 * ranked table, `columns` naming its header cells; its rows are `rows(data)`.
 */
import type { ReactNode } from 'react';
import type { RequestState } from '../../hooks/useRequest';
import { ChangeProblem } from './ChangeProblem';

interface RankedReportProps<T> {
  id: string;
  title: string;
  /** Said while the request runs: "Looking for …". */
  busy: string;
  report: RequestState<T>;
  /** The table's accessible name. */
  table: string;
  columns: readonly (string | false)[];
  rows: (data: T) => ReactNode;
  /** Controls above the request's outcome (the period asked about). */
  controls?: ReactNode;
  /** What shows of the answer above its table (the actions on all of it). */
  above?: (data: T) => ReactNode;
  /** What shows of the answer below its table (that it holds nothing). */
  below?: (data: T) => ReactNode;
}

export function RankedReport<T>({
  id,
  title,
  busy,
  report,
  table,
  columns,
  rows,
  controls,
  above,
  below,
}: RankedReportProps<T>) {
  const data = report.error ? null : report.data;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {controls}
      {report.error && <ChangeProblem error={report.error} what="This view" />}
      {report.loading && <p role="status">{busy}</p>}
      {data && above?.(data)}
      {data && (
        <table className="diff-table risk-table" aria-label={table}>
          <thead>
            <tr>
              {columns.map(
                (column) =>
                  column && (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ),
              )}
            </tr>
          </thead>
          <tbody>{rows(data)}</tbody>
        </table>
      )}
      {data && below?.(data)}
    </section>
  );
}
