import { describe, expect, it } from 'vitest';
import type { Failure } from '../../../../src/shared/contract/errors';
import { isQueryRefusal } from '../../../../src/shared/query/queryRefusal';

const failure = (code: Failure['code'], field?: string): Failure => ({
  ok: false,
  code,
  message: 'refused',
  ...(field === undefined ? {} : { field }),
});

describe('a refusal of the query itself', () => {
  it.each([
    ['the text', failure('BAD_REQUEST', 'text'), true],
    ['the time range', failure('BAD_REQUEST', 'timeRange'), true],
    ['a filter value', failure('BAD_REQUEST', 'filters.action.0'), true],
    // Asking again for a client outside the scope is refused again: the fix is in the client filter.
    ['a client outside the scope', failure('FORBIDDEN', 'filters.clientId'), true],
    ['a role that may not read these logs', failure('FORBIDDEN'), false],
    // A page position is answered by reading from the first page again, not by changing the filters.
    ['a forged or outdated cursor', failure('BAD_REQUEST', 'cursor'), false],
    ['a jump past the matches', failure('BAD_REQUEST', 'skip'), false],
    ['a bad request naming no field', failure('BAD_REQUEST'), false],
    ['a cluster that did not answer', failure('TIMEOUT', 'text'), false],
    ['nothing failed', null, false],
  ])('%s', (_label, given, expected) => {
    expect(isQueryRefusal(given)).toBe(expected);
  });
});
