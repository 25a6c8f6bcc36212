import { describe, expect, it } from 'vitest';
import {
  createCursorDatasource,
  type BlockRequest,
} from '../../../../../../src/renderer/src/features/logGrid/createCursorDatasource';
import type { Result } from '../../../../../../src/shared/contract/errors';
import type { LogPage } from '../../../../../../src/shared/query/logSource';

const TOTAL = 23;
const PAGE = 5;

function fakeSource(failAt?: number) {
  const seen: (string | undefined)[] = [];
  const fetchPage = (cursor: string | undefined): Promise<Result<LogPage>> => {
    seen.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor);
    if (failAt !== undefined && start === failAt) {
      return Promise.resolve({ ok: false, code: 'TIMEOUT', message: 'The cluster did not answer within 30 s' });
    }
    const ids = Array.from({ length: Math.min(PAGE, TOTAL - start) }, (_, i) => `row-${start + i}`);
    const next = start + PAGE < TOTAL ? String(start + PAGE) : null;
    return Promise.resolve({
      ok: true,
      data: {
        family: 'operational',
        rows: ids.map((id) => ({ id }) as unknown as LogPage['rows'][number]),
        total: { value: TOTAL, relation: 'eq' },
        nextCursor: next,
        partial: null,
        missingFields: [],
        redactions: {},
        tookMs: 1,
      } as LogPage,
    });
  };
  return { fetchPage, seen };
}

function request(startRow: number) {
  return new Promise<{ rows: { id: string }[]; lastRow?: number } | 'failed'>((resolve) => {
    const block: BlockRequest = {
      startRow,
      successCallback: (rows, lastRow) => resolve({ rows: rows as { id: string }[], lastRow }),
      failCallback: () => resolve('failed'),
    };
    datasource?.getRows(block);
  });
}

let datasource: ReturnType<typeof createCursorDatasource> | undefined;

describe('cursor datasource for the infinite grid', () => {
  it('reads blocks in order through cursors, with no gap or duplicate, and finds the last row', async () => {
    const source = fakeSource();
    datasource = createCursorDatasource({ family: 'operational', pageSize: PAGE, fetchPage: source.fetchPage });
    const ids: string[] = [];
    let lastRow: number | undefined;
    for (let start = 0; start < TOTAL; start += PAGE) {
      const result = await request(start);
      if (result === 'failed') throw new Error('unexpected failure');
      ids.push(...result.rows.map((row) => row.id));
      lastRow = result.lastRow;
    }
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_, i) => `row-${i}`));
    expect(lastRow).toBe(TOTAL);
  });

  it('walks the cursors when asked for a block ahead, and re-reads an evicted block with its own cursor', async () => {
    const source = fakeSource();
    datasource = createCursorDatasource({ family: 'operational', pageSize: PAGE, fetchPage: source.fetchPage });
    const third = await request(10);
    expect(third !== 'failed' && third.rows.map((row) => row.id)).toEqual([
      'row-10',
      'row-11',
      'row-12',
      'row-13',
      'row-14',
    ]);
    expect(source.seen).toEqual([undefined, '5', '10']);
    await request(5);
    expect(source.seen.at(-1)).toBe('5');
  });

  it('fails the block and reports the failure without losing the cursors', async () => {
    const failures: string[] = [];
    const source = fakeSource(10);
    datasource = createCursorDatasource({
      family: 'operational',
      pageSize: PAGE,
      fetchPage: source.fetchPage,
      onFailure: (f) => failures.push(f.code),
    });
    expect(await request(0)).not.toBe('failed');
    expect(await request(10)).toBe('failed');
    expect(failures).toEqual(['TIMEOUT']);
    expect(datasource.cursors()).toEqual(['5', '10']);
  });

  it('answers a query main refused as no rows, not as a block still loading, and still reports it', async () => {
    const failures: string[] = [];
    const refusal = {
      ok: false as const,
      code: 'BAD_REQUEST' as const,
      message: '"x" cannot be searched on its own',
      field: 'text',
    };
    datasource = createCursorDatasource({
      family: 'operational',
      pageSize: PAGE,
      fetchPage: () => Promise.resolve(refusal),
      onFailure: (f) => failures.push(f.message),
    });
    expect(await request(0)).toEqual({ rows: [], lastRow: 0 });
    expect(failures).toEqual(['"x" cannot be searched on its own']);
    // A refused position (a forged or outdated cursor) is not the query's: the block stays to a retry.
    datasource = createCursorDatasource({
      family: 'operational',
      pageSize: PAGE,
      fetchPage: () => Promise.resolve({ ...refusal, message: 'This page link is no longer valid', field: 'cursor' }),
    });
    expect(await request(0)).toBe('failed');
  });

  it('answers every request it was given even once destroyed, so the grid asks the next datasource', async () => {
    // The grid reads one block at a time and waits for an answer to each before asking again: a
    // request left unanswered by a datasource it has let go of would leave a new query unread.
    const source = fakeSource();
    let answer: () => void = () => undefined;
    const slow = (cursor: string | undefined) =>
      new Promise<void>((resolve) => (answer = resolve)).then(() => source.fetchPage(cursor));
    const pages: number[] = [];
    datasource = createCursorDatasource({
      family: 'operational',
      pageSize: PAGE,
      fetchPage: slow,
      onPage: (_page, block) => pages.push(block),
    });
    const reading = request(0);
    const queued = request(5);
    const held = new Promise<string>((resolve) =>
      datasource?.hold({
        startRow: 0,
        successCallback: () => resolve('answered'),
        failCallback: () => resolve('failed'),
      }),
    );
    await Promise.resolve();
    datasource.destroy();
    answer();
    expect(await reading).toBe('failed');
    expect(await queued).toBe('failed');
    expect(await held).toBe('failed');
    // What it read after being let go of no longer speaks for the rows shown, and nothing more is read.
    expect(pages).toEqual([]);
    expect(source.seen).toEqual([undefined]);
    expect(await request(10)).toBe('failed');
  });
});
