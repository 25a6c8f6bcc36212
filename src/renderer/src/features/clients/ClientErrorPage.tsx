/**
 * `<ClientErrorPage clientId route view sessionsOpen message />`: a client page that cannot be shown (a
 * client the console does not know, one outside the operator's scope, a source that cannot answer): why,
 * by the client's id, what of its address the view it names would not have used, as every page names it,
 * and the way to look up another client.
 */
import { shortId } from '../../format/shortId';
import { routeSearch } from '../../routing/useHashRoute';
import { withSearch } from '../../routing/withSearch';
import { IgnoredLinkParams } from '../changes/IgnoredLinkParams';
import { withoutIgnored, type ClientView } from './clientPageRoute';
import { refusedClientIgnored } from './refusedClientIgnored';

interface ClientErrorPageProps {
  clientId: string;
  route: string;
  view: ClientView;
  sessionsOpen: boolean;
  message: string;
}

export function ClientErrorPage({ clientId, route, view, sessionsOpen, message }: ClientErrorPageProps) {
  const ignored = refusedClientIgnored(route, view, sessionsOpen);
  const base = route.split('?', 1)[0] ?? route;
  const kept = withoutIgnored(routeSearch(route), ignored);
  return (
    <section className="page" aria-labelledby="client-title">
      <h1 id="client-title" tabIndex={-1}>
        Client {shortId(clientId)}
      </h1>
      <IgnoredLinkParams
        ignored={ignored}
        path={withSearch(base, kept)}
        titleId="client-title"
        meanwhile={ignored.length === 1 ? 'it is not used' : 'they are not used'}
        showing="this page"
      />
      <p className="error wrap-anywhere" role="alert">
        {message}
      </p>
      <a href="#/clients">Look up another client</a>
    </section>
  );
}
