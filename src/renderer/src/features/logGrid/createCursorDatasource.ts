/**
 * The grid's rows from cursor pages, for any log family: `createCursorDatasource({ family, pageSize,
 * fetchPage })` gives an AG Grid infinite-row-model datasource (`getRows`) plus `cursors()` to release.
 */
import type { Failure, Result } from '../../../../shared/contract/errors';
import type { LogFamily } from '../../../../shared/query/logQuery';
import type { LogPage } from '../../../../shared/query/logSource';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';

export interface BlockRequest {
  startRow: number;
  successCallback: (rows: unknown[], lastRow?: number) => void;
  failCallback: () => void;
}

/**
 * A failed read as the grid takes it: a query main refused was never run, so it has no rows (not rows
 * still loading, which is what the grid shows for a failed block); any other failure leaves the block to
 * a retry.
 */
export function answerFailure(request: BlockRequest, failure: Failure): void {
  if (isQueryRefusal(failure)) request.successCallback([], request.startRow);
  else request.failCallback();
}

export interface CursorDatasourceOptions {
  family: LogFamily;
  pageSize: number;
  fetchPage: (cursor: string | undefined) => Promise<Result<LogPage>>;
  onPage?: (page: LogPage, block: number) => void;
  onFailure?: (failure: Failure) => void;
}

/**
 * Feeds AG Grid's infinite row model from cursor pages: page k can only be read with the cursor page
 * k-1 returned, so blocks are fetched in order, one at a time, and every cursor is kept to re-read an
 * evicted block without starting over. Never `from`/offset paging.
 */
export function createCursorDatasource({ family, pageSize, fetchPage, onPage, onFailure }: CursorDatasourceOptions) {
  const cursors = new Map<number, string | undefined>([[0, undefined]]);
  let lastBlock: number | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let destroyed = false;
  /** Requests held unanswered until the datasource is destroyed (see `hold`). */
  const held: BlockRequest[] = [];

  async function readBlock(block: number): Promise<Result<LogPage>> {
    for (let earlier = 0; earlier < block; earlier += 1) {
      if (cursors.has(earlier + 1)) continue;
      const walk = await readKnownBlock(earlier);
      if (!walk.ok) return walk;
      if (lastBlock !== null && earlier >= lastBlock) break;
    }
    if (!cursors.has(block)) return { ok: true, data: emptyAfterEnd() };
    return readKnownBlock(block);
  }

  async function readKnownBlock(block: number): Promise<Result<LogPage>> {
    const result = await fetchPage(cursors.get(block));
    if (!result.ok) return result;
    if (result.data.nextCursor === null) lastBlock = block;
    else cursors.set(block + 1, result.data.nextCursor);
    // A datasource the grid has let go of (a new query, a refresh) no longer speaks for the rows shown.
    if (!destroyed) onPage?.(result.data, block);
    return result;
  }

  function emptyAfterEnd(): LogPage {
    const page = {
      total: { value: 0, relation: 'eq' as const },
      nextCursor: null,
      partial: null,
      missingFields: [],
      redactions: {},
      tookMs: 0,
    };
    return family === 'operational' ? { family, rows: [], ...page } : { family, rows: [], ...page };
  }

  return {
    getRows(request: BlockRequest): void {
      const block = Math.floor(request.startRow / pageSize);
      queue = queue.then(async () => {
        // The grid counts every request until it is answered, and with one request at a time a request
        // left unanswered would keep the next datasource from ever being asked: once destroyed, each
        // request is answered as failed, which the grid ignores for the rows it has since dropped.
        if (destroyed) return request.failCallback();
        const result = await readBlock(block);
        if (destroyed) return request.failCallback();
        if (!result.ok) {
          onFailure?.(result);
          answerFailure(request, result);
          return;
        }
        const rows = result.data.rows;
        const last = lastBlock !== null && block >= lastBlock ? request.startRow + rows.length : undefined;
        request.successCallback(rows, last);
      });
    },
    /** Keeps a request unanswered without reading anything, until `destroy` answers it as failed. */
    hold(request: BlockRequest): void {
      if (destroyed) request.failCallback();
      else held.push(request);
    },
    /** Lets go of the query: requests still open are answered as failed, nothing more is read. */
    destroy(): void {
      destroyed = true;
      for (const request of held.splice(0)) request.failCallback();
    },
    /** Cursors handed out so far: released when the query changes. */
    cursors(): string[] {
      return [...cursors.values()].filter((cursor): cursor is string => cursor !== undefined);
    },
  };
}
