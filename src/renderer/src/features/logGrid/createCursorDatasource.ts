/**
 * The grid's rows from cursor pages, for any log family: `createCursorDatasource({ family, pageSize,
 * fetchPage })` gives an AG Grid infinite-row-model datasource (`getRows`) plus `cursors()` to release.
 */
import type { Failure, Result } from '../../../../shared/contract/errors';
import type { LogFamily } from '../../../../shared/query/logQuery';
import type { LogPage } from '../../../../shared/query/logSource';

export interface BlockRequest {
  startRow: number;
  successCallback: (rows: unknown[], lastRow?: number) => void;
  failCallback: () => void;
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
    onPage?.(result.data, block);
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
        if (destroyed) return;
        const result = await readBlock(block);
        if (destroyed) return;
        if (!result.ok) {
          onFailure?.(result);
          request.failCallback();
          return;
        }
        const rows = result.data.rows;
        const last = lastBlock !== null && block >= lastBlock ? request.startRow + rows.length : undefined;
        request.successCallback(rows, last);
      });
    },
    destroy(): void {
      destroyed = true;
    },
    /** Cursors handed out so far: released when the query changes. */
    cursors(): string[] {
      return [...cursors.values()].filter((cursor): cursor is string => cursor !== undefined);
    },
  };
}
