import { DETAIL_PARAM } from '../logGrid/detailParam';
import { readRoute, type IgnoredParam } from '../logGrid/readRoute';
import {
  readClientPageRoute,
  SESSIONS_PARAMS,
  sessionParamsNeverRead,
  TIME_PARAMS,
  unreadParams,
  type ClientView,
} from './clientPageRoute';

/**
 * What a grid view's own notice leaves to others: the range (said here as the page reads it), its detail,
 * and the gap (kept for the Sessions view, or named below as never read).
 */
const LEFT_BY_GRIDS: readonly string[] = [...TIME_PARAMS, DETAIL_PARAM, ...SESSIONS_PARAMS];

/**
 * What a client page that cannot be shown (a client the console does not know, or cannot reach) says its
 * address asks for that the view it names would not use: the parameters the view has none of, any not
 * validly percent-encoded, and a range it could not read (no range control is shown to say so). The grid
 * views read their filters, so only what they would name themselves is named; `sessionsOpen` says whether
 * the operator's role may open the Sessions view, which reads the gap.
 */
export function refusedClientIgnored(route: string, view: ClientView, sessionsOpen: boolean): IgnoredParam[] {
  const page = readClientPageRoute(route);
  const search = route.split(/\?(.*)/s, 2)[1] ?? '';
  if (view === 'events' || view === 'logs') {
    const gridIgnored = readRoute(view === 'logs' ? 'operational' : 'activity', search).ignored;
    return [
      ...page.timeIgnored,
      ...gridIgnored.filter(({ param }) => !LEFT_BY_GRIDS.includes(param)),
      ...(sessionsOpen ? [] : sessionParamsNeverRead(page.params)),
    ];
  }
  return [...page.timeIgnored, ...page.unreadable, ...unreadParams(page.params, page.bare)];
}
