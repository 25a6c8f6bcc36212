import { describe, expect, it } from 'vitest';
import {
  createPageDatasource,
  freshPageStarts,
} from '../../../../../../src/renderer/src/features/logGrid/createPageDatasource';
import type { Result } from '../../../../../../src/shared/contract/errors';
import type { LogPage } from '../../../../../../src/shared/query/logSource';
import { emptyOperationalPage as page } from '../../../../support/logPages';

describe('numbered pages datasource', () => {
  it('answers the open request even once destroyed, and reports nothing for the query it let go of', async () => {
    let answer: (result: Result<LogPage>) => void = () => undefined;
    const shown: LogPage[] = [];
    const source = createPageDatasource({
      page: 1,
      pageSize: 10,
      starts: freshPageStarts(),
      fetchPage: () => new Promise((resolve) => (answer = resolve)),
      onPage: (read) => shown.push(read),
    });
    const outcome = new Promise<string>((resolve) =>
      source.getRows({
        startRow: 0,
        successCallback: () => resolve('answered'),
        failCallback: () => resolve('failed'),
      }),
    );
    source.destroy();
    answer({ ok: true, data: page });
    expect(await outcome).toBe('failed');
    expect(shown).toEqual([]);
  });

  it('answers an empty first page with its rows and an exact last row', async () => {
    const source = createPageDatasource({
      page: 1,
      pageSize: 10,
      starts: freshPageStarts(),
      fetchPage: () => Promise.resolve({ ok: true, data: page }),
    });
    const outcome = await new Promise<{ rows: unknown[]; last?: number }>((resolve, reject) =>
      source.getRows({ startRow: 0, successCallback: (rows, last) => resolve({ rows, last }), failCallback: reject }),
    );
    expect(outcome).toEqual({ rows: [], last: 0 });
  });

  it.each([1, 4])(
    'answers page %i of a query main refused as no rows, and a timeout as a failed block',
    async (number) => {
      const answered = (failure: Result<LogPage>) => {
        const source = createPageDatasource({
          page: number,
          pageSize: 10,
          starts: freshPageStarts(),
          fetchPage: () => Promise.resolve(failure),
        });
        return new Promise<unknown>((resolve) =>
          source.getRows({
            startRow: 0,
            successCallback: (rows, last) => resolve({ rows, last }),
            failCallback: () => resolve('failed'),
          }),
        );
      };
      const refusal = { ok: false, code: 'BAD_REQUEST', message: 'The text is too long', field: 'text' } as const;
      expect(await answered(refusal)).toEqual({ rows: [], last: 0 });
      expect(await answered({ ok: false, code: 'TIMEOUT', message: 'The cluster did not answer' })).toBe('failed');
    },
  );
});
