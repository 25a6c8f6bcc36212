/**
 * A route with its parameters, the one way every link into a view writes its query: `/logs` and `last=1h`
 * give `/logs?last=1h`, and no parameters give the route alone, never with a bare `?`. Parameters given as
 * text are the address's own after its `?` (as `routeSearch` gives them, never with that `?`), kept exactly
 * as written: one the address does not validly percent-encode stays so for the page to go on naming it,
 * and a `?` they start with is one the address itself wrote twice (`#/logs??x`), kept too.
 */
export function withSearch(path: string, params: URLSearchParams | string): string {
  const search = typeof params === 'string' ? params : params.toString();
  // eslint-disable-next-line no-restricted-syntax -- the one join of a route and its parameters
  return search ? `${path}?${search}` : path;
}
