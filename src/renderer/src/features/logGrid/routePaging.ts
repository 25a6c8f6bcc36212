/**
 * How a grid shows its rows, kept in its route beside the query so a reload keeps it: `mode=pages`
 * with `page=N` for numbered pages, nothing for infinite scroll. `readPaging(params)` reads it back
 * and names what it could not use; `pagingToParams` writes it.
 */
import { MAX_SKIP } from '../../../../shared/query/logQuery';
import type { IgnoredParam } from './readRoute';
import { singleParam } from './singleParam';

export const GRID_MODES = ['scroll', 'pages'] as const;
export type GridMode = (typeof GRID_MODES)[number];

export interface GridPaging {
  mode: GridMode;
  /** The page shown in `pages` mode, from 1. */
  page: number;
}

export const SCROLLING: GridPaging = { mode: 'scroll', page: 1 };
export const PAGING_PARAMS = ['mode', 'page'] as const;

/** The highest page a link may name: a jump passes over at most MAX_SKIP rows of the smallest page. */
export const MAX_PAGE = MAX_SKIP / 10 + 1;

export function readPaging(params: URLSearchParams): { paging: GridPaging; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const mode = singleParam(params, 'mode', ignored);
  const page = singleParam(params, 'page', ignored);
  let paging: GridPaging = SCROLLING;
  if (mode !== null) {
    if ((GRID_MODES as readonly string[]).includes(mode)) paging = { mode: mode as GridMode, page: 1 };
    else
      ignored.push({ param: 'mode', value: mode, reason: `the grid shows rows as one of: ${GRID_MODES.join(', ')}` });
  }
  if (page !== null) {
    const number = /^\d{1,9}$/.test(page) ? Number(page) : NaN;
    if (paging.mode !== 'pages')
      ignored.push({ param: 'page', value: page, reason: 'a page is read only with mode=pages' });
    else if (!Number.isSafeInteger(number) || number < 1 || number > MAX_PAGE) {
      ignored.push({
        param: 'page',
        value: page,
        reason: `a page is a whole number from 1 to ${MAX_PAGE.toLocaleString('en-US')}`,
      });
    } else paging = { mode: 'pages', page: number };
  }
  return { paging, ignored };
}

export function pagingToParams(paging: GridPaging, params: URLSearchParams): URLSearchParams {
  if (paging.mode === 'pages') {
    params.set('mode', 'pages');
    if (paging.page > 1) params.set('page', String(paging.page));
  }
  return params;
}
