import { describe, expect, it } from 'vitest';
import {
  freshPageStarts,
  pageStartFor,
} from '../../../../../../src/renderer/src/features/logGrid/createPageDatasource';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { pagingToParams, readPaging } from '../../../../../../src/renderer/src/features/logGrid/routePaging';

describe('paging in the route', () => {
  it('reads numbered pages back as written, and scroll as no parameter at all', () => {
    expect(readPaging(pagingToParams({ mode: 'pages', page: 7 }, new URLSearchParams()))).toEqual({
      paging: { mode: 'pages', page: 7 },
      ignored: [],
    });
    expect(pagingToParams({ mode: 'scroll', page: 1 }, new URLSearchParams()).toString()).toBe('');
    expect(pagingToParams({ mode: 'pages', page: 1 }, new URLSearchParams()).toString()).toBe('mode=pages');
  });

  it.each(['-3', '0', '1.5', 'x', '', '9999999999'])('names page=%s as unusable and stays on page 1', (page) => {
    const read = readPaging(new URLSearchParams({ mode: 'pages', page }));
    expect(read.paging).toEqual({ mode: 'pages', page: 1 });
    expect(read.ignored).toEqual([
      { param: 'page', value: page, reason: expect.stringMatching(/^a page is a whole number/) },
    ]);
  });

  it('names an unknown mode, and a page without pages mode', () => {
    const read = readRoute('operational', new URLSearchParams('mode=grid&page=2&action=delete'));
    expect(read.ignored.map((item) => item.param)).toEqual(['mode', 'page']);
    expect(read.paging).toEqual({ mode: 'scroll', page: 1 });
    expect(read.query.filters).toEqual({ action: ['delete'] });
  });
});

describe('where a numbered page starts', () => {
  it('reads on from the nearest known page start, passing over the rows between', () => {
    const known = freshPageStarts();
    expect(pageStartFor(known, 1, 50)).toEqual({ cursor: undefined, skip: 0 });
    expect(pageStartFor(known, 300, 50)).toEqual({ cursor: undefined, skip: 14_950 });
    known.starts.set(2, 'c2');
    known.starts.set(301, 'c301');
    expect(pageStartFor(known, 2, 50)).toEqual({ cursor: 'c2', skip: 0 });
    expect(pageStartFor(known, 300, 50)).toEqual({ cursor: 'c2', skip: 14_900 });
    expect(pageStartFor(known, 305, 50)).toEqual({ cursor: 'c301', skip: 200 });
  });
});
