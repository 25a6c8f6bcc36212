/**
 * Numbered pages for any log family: `createPageDatasource({ page, pageSize, starts, fetchPage })` gives
 * an AG Grid infinite-row-model datasource that holds exactly one page, `pageSize` rows (fewer on the
 * last). `starts` keeps, per page number, the cursor that page begins at, for as long as the query
 * lasts: the next page reads on from the cursor the page before returned, and a jump reads from the
 * nearest page start already known with `skip` rows passed over, which main walks on the same point in
 * time by search_after (never `from`), so page 600 is as exact as page 2.
 */
import type { Result } from '../../../../shared/contract/errors';
import type { LogPage } from '../../../../shared/query/logSource';
import { answerFailure, type BlockRequest } from './createCursorDatasource';

/** What one query's pages have taught the grid so far. */
export interface PageStarts {
  /** The cursor each page starts at; page 1 starts at no cursor. */
  starts: Map<number, string | undefined>;
  /** The exact number of matches, once a page has said it. */
  total: number | null;
}

export const freshPageStarts = (): PageStarts => ({ starts: new Map([[1, undefined]]), total: null });

export interface PageDatasourceOptions {
  page: number;
  pageSize: number;
  starts: PageStarts;
  fetchPage: (cursor: string | undefined, skip: number) => Promise<Result<LogPage>>;
  onPage?: (page: LogPage) => void;
  /** The page asked for lies past the last match: nothing was read for it. */
  onPastEnd?: (total: number) => void;
}

/** How a page is reached from what is known: the nearest known start at or before it, and rows to pass over. */
export function pageStartFor(
  known: PageStarts,
  page: number,
  pageSize: number,
): { cursor: string | undefined; skip: number } {
  let from = 1;
  for (const candidate of known.starts.keys()) if (candidate <= page && candidate > from) from = candidate;
  return { cursor: known.starts.get(from), skip: (page - from) * pageSize };
}

export function createPageDatasource({ page, pageSize, starts, fetchPage, onPage, onPastEnd }: PageDatasourceOptions) {
  let destroyed = false;

  async function read(number: number): Promise<Result<LogPage>> {
    const { cursor, skip } = pageStartFor(starts, number, pageSize);
    const result = await fetchPage(cursor, skip);
    if (!result.ok) return result;
    if (result.data.total.relation === 'eq') starts.total = result.data.total.value;
    if (result.data.nextCursor !== null) starts.starts.set(number + 1, result.data.nextCursor);
    return result;
  }

  async function load(request: BlockRequest): Promise<void> {
    // A deep page is reached from the first page's point in time, once the first page says how many
    // pages there are: a link to a page past the end then reads nothing more.
    if (page > 1 && starts.total === null) {
      const first = await read(1);
      if (destroyed) return request.failCallback();
      if (!first.ok) return answerFailure(request, first);
    }
    if (starts.total !== null && page > 1 && (page - 1) * pageSize >= starts.total) {
      onPastEnd?.(starts.total);
      return request.successCallback([], 0);
    }
    const result = await read(page);
    // Answered even once destroyed: the grid holds its one request slot until the request is answered.
    if (destroyed) return request.failCallback();
    if (!result.ok) return answerFailure(request, result);
    onPage?.(result.data);
    request.successCallback(result.data.rows, result.data.rows.length);
  }

  return {
    getRows(request: BlockRequest): void {
      // The whole page is one block; the grid asks for nothing after it.
      if (request.startRow > 0) return request.successCallback([], request.startRow);
      void load(request);
    },
    destroy(): void {
      destroyed = true;
    },
  };
}
