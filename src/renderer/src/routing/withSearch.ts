/**
 * A route with its parameters, the one way every link into a view writes its query: `/logs` and `last=1h`
 * give `/logs?last=1h`, and no parameters give the route alone, never with a bare `?`. Parameters given as
 * text are kept exactly as written, so one the address does not validly percent-encode stays so for the
 * page to go on naming it.
 */
export function withSearch(path: string, params: URLSearchParams | string): string {
  const search = typeof params === 'string' ? params : params.toString();
  return search ? `${path}?${search}` : path;
}
