/**
 * `rewrittenRoute(family, written, next, paging, rewrite)`: the parameters a grid writes for a new query or
 * page, given the address as written. Each parameter the page could not read stays as written unless the
 * new query sets it, so the page goes on naming what is wrong with the link and showing nothing rather
 * than quietly running a query the link did not ask for; one the new query sets (a page size in place of
 * one the link gave wrong, a filter or a range chosen anew) is replaced, and the page no longer names it.
 */
import type { LogFamily } from '../../../../shared/query/logQuery';
import type { QueryOf } from './gridFamily';
import { queryToParams } from './queryRoute';
import { readRoute, unreadNames } from './readRoute';
import { pagingToParams, type GridPaging } from './routePaging';
import { withWritten } from './withWritten';

/** How a new query treats the address as written, beyond keeping what the page could not read and does not set. */
export interface RouteRewrite {
  /** Parameters kept as the address wrote them, whatever the new query gives them (see `withWritten.ts`). */
  keepWritten?: readonly string[];
  /** Whether every parameter the page could not read goes: the link shown without what it cannot use. */
  dropUnread?: boolean;
}

/** The range's parameters: a query that sets one of them sets the range, all three at once. */
const RANGE_PARAMS: readonly string[] = ['last', 'from', 'to'];

export function rewrittenRoute<F extends LogFamily>(
  family: F,
  written: URLSearchParams,
  next: QueryOf<F>,
  paging: GridPaging,
  rewrite: RouteRewrite = {},
): URLSearchParams {
  const params = pagingToParams(paging, queryToParams(next));
  const read = readRoute(family, written);
  const ran = pagingToParams(read.paging, queryToParams(read.query));
  const sets = (name: string) => JSON.stringify(ran.getAll(name)) !== JSON.stringify(params.getAll(name));
  const setsRange = RANGE_PARAMS.some(sets);
  const unread = rewrite.dropUnread
    ? []
    : unreadNames(read.ignored).filter((name) => !sets(name) && !(setsRange && RANGE_PARAMS.includes(name)));
  return withWritten(params, written, [...(rewrite.keepWritten ?? []), ...unread]);
}
