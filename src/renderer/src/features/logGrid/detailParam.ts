/**
 * The event a grid's detail shows, kept in the address (`#/logs?…&detail=<id>`), so a reload shows it
 * again and Back and Forward go from one event shown to another. `detailIdProblem` says why an id the
 * address holds is never looked up (a secret's shape, a length no id has), and `missingDetailSentence`
 * what the page says in place of the detail when it cannot show the event; both quote the id masked.
 */
import { maskSensitiveText } from '../../../../shared/domain/maskSensitiveText';
import { quoteText } from '../../format/quoteText';
import { routeSearch } from '../../routing/useHashRoute';
import { withSearch } from '../../routing/withSearch';

/** The address parameter naming the event the detail shows. */
export const DETAIL_PARAM = 'detail';
/** The longest event id looked up: a filter value is at most this long. */
const MAX_ID = 200;
/** How much of the id a sentence quotes. */
const MAX_QUOTED = 60;
const CLOSE = 'Close this note to go on with the logs.';

/** The event id the route names for the detail, or null (none, or an empty one). */
export function readDetailParam(route: string): string | null {
  return new URLSearchParams(routeSearch(route)).get(DETAIL_PARAM) || null;
}

/** `route` naming `id` as the event of the detail (null: none), its other parameters as written. */
export function withDetailParam(route: string, id: string | null): string {
  const path = route.split('?', 1)[0] ?? route;
  const params = new URLSearchParams(routeSearch(route));
  if (id === null) params.delete(DETAIL_PARAM);
  else params.set(DETAIL_PARAM, id);
  return withSearch(path, params);
}

/** Why the address's event id is never asked for, as a sentence; null when it may be looked up. */
export function detailIdProblem(id: string): string | null {
  const quoted = quoteText(id, MAX_QUOTED);
  if (maskSensitiveText(id) !== id) {
    return `The address names the event ${quoted}, which looks like a card number, an IBAN or another secret, so it was not looked up. ${CLOSE}`;
  }
  if (id.length > MAX_ID) {
    return `The address names the event ${quoted}, longer than any event id (at most ${MAX_ID} characters), so it was not looked up. ${CLOSE}`;
  }
  return null;
}

/** What the page says when the event the address names is not one the operator can see. */
export function missingDetailSentence(id: string): string {
  return `No event with id ${quoteText(id, MAX_QUOTED)} is among the logs you can see: the link may be wrong, or the event belongs to a client outside your scope. ${CLOSE}`;
}
