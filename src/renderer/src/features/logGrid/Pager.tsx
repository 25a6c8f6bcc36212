/**
 * `<Pager family query paging status onPaging />`: infinite scroll or numbered pages for any log grid.
 * In pages: "Rows 51–100 of 30,186", first, previous, next and last page, a jump to a page number or to
 * a time (the page holding the first row at that time, when the grid is sorted by its time field).
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { inputToIso } from '../../format/formatTimestamp';
import { skippedTimeProblem } from '../../format/skippedTimeProblem';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import type { GridFamily, QueryOf } from './gridFamily';
import { pageOf, rowsBeforeQuery } from './pageForTime';
import { timeLabel } from './queryFilters';
import type { GridPaging } from './routePaging';
import type { GridStatus } from './useLogGrid';

interface PagerProps<F extends LogFamily> {
  family: GridFamily<F>;
  query: QueryOf<F>;
  paging: GridPaging;
  status: GridStatus;
  onPaging: (paging: GridPaging) => void;
}

const count = (value: number) => value.toLocaleString();

function rowsLabel(page: number, pageSize: number, total: number): string {
  if (total === 0) return 'No rows';
  const first = (page - 1) * pageSize + 1;
  if (first > total) return `Page ${count(page)} is past the last row`;
  return `Rows ${count(first)}–${count(Math.min(total, page * pageSize))} of ${count(total)}`;
}

export function Pager<F extends LogFamily>({ family, query, paging, status, onPaging }: PagerProps<F>) {
  const api = useApi();
  const { zone } = useTimeZone();
  const calls = useMemo(() => family.calls(api), [family, api]);
  const [pageInput, setPageInput] = useState('');
  // Once the page moves (a button, a jump, the address), the box is emptied: its placeholder then says
  // the page shown, never a number typed for an earlier move.
  const [typedOn, setTypedOn] = useState(paging.page);
  if (typedOn !== paging.page) {
    setTypedOn(paging.page);
    setPageInput('');
  }
  const [timeInput, setTimeInput] = useState('');
  // A message answers the query it was written for: a new query (the page stays mounted) drops it.
  const queryKey = JSON.stringify(query);
  const [written, setWritten] = useState<{ key: string; text: string; field?: 'time' } | null>(null);
  const problem = written?.key === queryKey ? written.text : null;
  const setProblem = (text: string | null) => setWritten(text === null ? null : { key: queryKey, text });
  /** What is wrong with the time typed: said beside the pager, and its field marked. */
  const timeWrong = problem !== null && written?.field === 'time';
  const problemId = useId();
  const total = status.total?.relation === 'eq' ? status.total.value : null;
  const lastPage = total === null ? null : Math.max(1, Math.ceil(total / query.pageSize));
  const go = (page: number) => {
    setProblem(null);
    setPageInput('');
    onPaging({ mode: 'pages', page });
  };
  const goToPage = (event: FormEvent) => {
    event.preventDefault();
    const page = /^\s*\d+\s*$/.test(pageInput) ? Number(pageInput) : NaN;
    if (!Number.isSafeInteger(page) || page < 1 || (lastPage !== null && page > lastPage)) {
      setProblem(`Write a page number from 1 to ${lastPage === null ? 'the last page' : count(lastPage)}.`);
      return;
    }
    go(page);
  };
  const jumpToTime = async (event: FormEvent) => {
    event.preventDefault();
    const at = inputToIso(timeInput, zone);
    if (!at) return setProblem('Write a date and time to jump to.');
    // A time the clocks skip names no instant: refused, never moved to the hour after.
    const skipped = skippedTimeProblem('The time to jump to', timeInput, zone);
    if (skipped) return setWritten({ key: queryKey, text: skipped, field: 'time' });
    const before = rowsBeforeQuery(query, at, Date.now());
    if (before === null) return setProblem(`Sort by ${timeLabel(family.family)} to jump to a time.`);
    if (before === 'none') return go(1);
    const result = await calls.search(before);
    if (!result.ok) return setProblem(result.message);
    if (result.data.total.relation !== 'eq')
      return setProblem('The number of earlier rows is not exact; jump to a page instead.');
    go(Math.min(pageOf(result.data.total.value, query.pageSize), lastPage ?? Infinity));
  };
  const time = timeLabel(family.family);
  return (
    <div className="pager" role="group" aria-label="Pages">
      <span role="group" aria-label="Show rows as" className="segmented">
        <button
          type="button"
          aria-pressed={paging.mode === 'scroll'}
          onClick={() => onPaging({ mode: 'scroll', page: 1 })}
        >
          Scroll
        </button>
        <button
          type="button"
          aria-pressed={paging.mode === 'pages'}
          onClick={() => go(paging.mode === 'pages' ? paging.page : 1)}
        >
          Pages
        </button>
      </span>
      {paging.mode === 'pages' && (
        <>
          <span data-testid="page-rows" className="total">
            {total === null ? '…' : rowsLabel(paging.page, query.pageSize, total)}
          </span>
          {/* At either end they stay in the Tab order (`aria-disabled`, not `disabled`): the one pressed keeps the keyboard. */}
          <button type="button" aria-disabled={paging.page <= 1 || undefined} onClick={() => paging.page > 1 && go(1)}>
            First page
          </button>
          <button
            type="button"
            aria-disabled={paging.page <= 1 || undefined}
            onClick={() => paging.page > 1 && go(Math.min(paging.page - 1, lastPage ?? Infinity))}
          >
            Previous page
          </button>
          <button
            type="button"
            aria-disabled={lastPage === null || paging.page >= lastPage || undefined}
            onClick={() => lastPage !== null && paging.page < lastPage && go(paging.page + 1)}
          >
            Next page
          </button>
          <button
            type="button"
            aria-disabled={lastPage === null || paging.page === lastPage || undefined}
            onClick={() => lastPage !== null && paging.page !== lastPage && go(lastPage)}
          >
            Last page
          </button>
          <form aria-label="Go to page" onSubmit={goToPage}>
            <input
              aria-label="Page number"
              inputMode="numeric"
              size={6}
              placeholder={`${count(paging.page)} of ${lastPage === null ? '…' : count(lastPage)}`}
              value={pageInput}
              onChange={(event) => setPageInput(event.target.value)}
            />
            <button type="submit">Go</button>
          </form>
          <form aria-label="Jump to a time" onSubmit={(event) => void jumpToTime(event)}>
            <input
              type="datetime-local"
              step={1}
              aria-label={`Jump to ${time.toLowerCase()} time`}
              aria-invalid={timeWrong ? true : undefined}
              aria-describedby={timeWrong ? problemId : undefined}
              value={timeInput}
              onChange={(event) => {
                setTimeInput(event.target.value);
                if (timeWrong) setProblem(null);
              }}
            />
            <button type="submit">Jump</button>
          </form>
          {problem && (
            <span role="alert" className="error" id={problemId}>
              {problem}
            </span>
          )}
          {status.pastEnd && lastPage !== null && (
            <span role="alert" className="error" data-testid="past-end">
              Page {count(paging.page)} is past the end: the {count(total ?? 0)} matches fill {count(lastPage)} page
              {lastPage === 1 ? '' : 's'}.{' '}
              <button type="button" onClick={() => go(lastPage)}>
                Go to the last page
              </button>
            </span>
          )}
        </>
      )}
    </div>
  );
}
