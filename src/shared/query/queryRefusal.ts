import type { Failure } from '../contract/errors';

/** Request fields that place a page (a cursor, a jump) rather than say what is searched. */
const POSITION_FIELDS: readonly string[] = ['cursor', 'skip'];

/**
 * Main refused the query itself: a field of what is searched (text, range, a filter) is at fault, or a
 * filter names what the operator may not see (a client outside their scope), so asking again unchanged
 * is refused again and the fix is in the filters. A refused page position is not one: reading again
 * from the first page answers it.
 */
export function isQueryRefusal(failure: Failure | null | undefined): failure is Failure & { field: string } {
  if ((failure?.code !== 'BAD_REQUEST' && failure?.code !== 'FORBIDDEN') || !failure.field) return false;
  return !POSITION_FIELDS.includes(failure.field.split('.')[0] ?? '');
}
