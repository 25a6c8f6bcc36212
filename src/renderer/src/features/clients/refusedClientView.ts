/**
 * The client page's Events, Sessions and Coverage views read client activity, which some roles may not
 * read (a support lead). A link to one of them (from a colleague, or an old bookmark) is refused in the
 * console's words for a refusal, with the Logs tab offered instead: its address keeps the link's range as
 * written (a bound not validly percent-encoded too, for the range's control to go on saying what is wrong
 * with it, as a tab switch keeps it), and what else the link gives the refused view is named as left out,
 * never dropped unsaid.
 */
import { listFirstOf } from '../../../../shared/domain/listInSentence';
import { refusalOf, ROLE_PERMISSIONS, type Role } from '../../../../shared/domain/roles';
import { linkTextShown } from '../../format/linkTextShown';
import { readSearch } from '../../routing/readSearch';
import { clientViewPath, TIME_PARAMS, withUnreadableKept, type ClientPageRoute } from './clientPageRoute';

const VIEW_LABELS = { events: 'Events', sessions: 'Sessions', coverage: 'Coverage' } as const;
/** How many of the left-out parameters the sentence names; the rest are counted. */
const LEFT_OUT_NAMED = 3;

export interface RefusedClientView {
  /** The view is not open to the role: the console's refusal, naming the roles it is for. */
  refusal: string;
  /** What of the link the Logs tab opens without, when it gives anything but the range. */
  leftOut: string | null;
  /** The Logs tab's route, with the link's range. */
  logsPath: string;
}

const isTime = (name: string): boolean => (TIME_PARAMS as readonly string[]).includes(name);

/**
 * Whether the view a client page's route names is refused to the role, and what to say; null when the
 * role may read client activity, the route names the Logs tab, or names no view (the role's first tab).
 * `search` is the address's own text after the `?`, which holds what `params` cannot (see `readSearch`).
 */
export function refusedClientView(
  role: Role,
  clientId: string,
  page: Pick<ClientPageRoute, 'view' | 'viewText' | 'params'>,
  search: string,
): RefusedClientView | null {
  const { view, viewText, params } = page;
  if (ROLE_PERMISSIONS[role].includes('activity:read') || view === null || view === 'logs' || viewText === '')
    return null;
  const label = VIEW_LABELS[view];
  const range = new URLSearchParams([...params].filter(([name]) => isTime(name)));
  const unreadable = readSearch(search).badlyEncoded.filter(({ param }) => !isTime(param));
  const rest = [
    ...[...params].filter(([name]) => !isTime(name)),
    ...unreadable.map(({ param, value }): [string, string] => [param, value]),
  ];
  const named = rest.map(([name, value]) => `${linkTextShown(name)}=${linkTextShown(value)}`);
  return {
    refusal: `The ${label} view reads client activity. ${refusalOf(role, 'activity:read')}`,
    leftOut:
      rest.length === 0
        ? null
        : `The Logs tab opens without what this link gives the ${label} view: ${listFirstOf(named, LEFT_OUT_NAMED)}.`,
    logsPath: clientViewPath(clientId, 'logs', withUnreadableKept(range, search, isTime)),
  };
}
