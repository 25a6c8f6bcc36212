import { useEffect } from 'react';
import { useApi } from './api/ApiContext';
import { OperatorProvider } from './features/access/OperatorContext';
import { BundleBanner } from './features/bundles/BundleBanner';
import { BundleOpenerProvider, useBundleFocus } from './features/bundles/useBundleFocus';
import { ChangePages } from './features/changes/ChangePages';
import { pageKey, parseChangeRoute } from './features/changes/changeLinks';
import { JOURNAL_PARAMS } from './features/journal/journalRoute';
import { TimeZoneProvider } from './features/timeZone/TimeZoneContext';
import { usePollWhile } from './hooks/usePollWhile';
import { useRequest } from './hooks/useRequest';
import { ErrorBoundary } from './layout/ErrorBoundary';
import { NavBar } from './layout/NavBar';
import { NoSessionPage } from './layout/NoSessionPage';
import { StatusBar } from './layout/StatusBar';
import { ClientsPage } from './pages/ClientsPage';
import { InvestigationsPage } from './pages/InvestigationsPage';
import { JournalPage } from './pages/JournalPage';
import { OperationalLogsPage } from './pages/OperationalLogsPage';
import { SettingsPage } from './pages/SettingsPage';
import { UnknownAddressPage, UnusedParams } from './pages/UnknownAddressPage';
import { useFocusOnArrival } from './routing/useFocusOnArrival';
import { useHashRoute } from './routing/useHashRoute';
import type { AppInfo } from '../../shared/contract/appInfo';

interface PageProps {
  route: string;
  info: AppInfo | null;
  /** Asks for the data source status again, after a change made on a page (Reset, another connection). */
  onSourceChanged: () => void;
}

function Page({ route, info, onSourceChanged }: PageProps) {
  const changeRoute = parseChangeRoute(route);
  if (changeRoute) return <ChangePages route={changeRoute} />;
  const [path = '', search = ''] = route.split(/\?(.*)/s, 2);
  if (isUnder(path, '/clients')) return <ClientsPage route={route} info={info} onSourceChanged={onSourceChanged} />;
  // What a page's link holds that it does not read is said right after the page's title, once the page is known.
  if (isPage(path, '/journal'))
    return <JournalPage info={info} linkNotice={<UnusedParams path={path} search={search} reads={JOURNAL_PARAMS} />} />;
  if (isPage(path, '/investigations'))
    return (
      <InvestigationsPage
        info={info}
        onSourceChanged={onSourceChanged}
        linkNotice={<UnusedParams path={path} search={search} />}
      />
    );
  if (isPage(path, '/settings'))
    return (
      <SettingsPage
        info={info}
        onSourceChanged={onSourceChanged}
        linkNotice={<UnusedParams path={path} search={search} />}
      />
    );
  if (isLogsRoute(route)) return <OperationalLogsPage info={info} onSourceChanged={onSourceChanged} />;
  return <UnknownAddressPage route={route} />;
}

/** A section's own path or one below it (`/clients`, `/clients/C-1`), never a longer name (`/clientsX`). */
function isUnder(path: string, section: string): boolean {
  return path === section || path.startsWith(`${section}/`);
}

/** A page's own path, a trailing slash allowed: anything below it names no page. */
function isPage(path: string, section: string): boolean {
  return path === section || path === `${section}/`;
}

/** The operational logs' own address, `/logs` with its query, and the bare `/` the console opens at. */
function isLogsRoute(route: string): boolean {
  const path = route.split('?', 1)[0] ?? '';
  return path === '/logs' || path === '/logs/' || path === '/' || path === '';
}

export function App() {
  const api = useApi();
  const route = useHashRoute();
  useFocusOnArrival(route);
  const info = useRequest(() => api.appInfo({}), [api]);
  const settled = !info.loading;
  // While the demo workspace is being built, its progress comes with each fresh status.
  usePollWhile(info.data?.dataSource.workspace?.state === 'preparing', info.reload, info.data ?? info.error);
  useEffect(() => {
    if (!settled) return;
    // The end-to-end driver waits on this instead of sleeping.
    document.documentElement.dataset['appState'] = 'loaded';
    window.dispatchEvent(new Event('audit-console:app-loaded'));
  }, [settled]);
  const bundle = info.data?.dataSource.bundle;
  const noteBundleOpener = useBundleFocus(info.data ? (bundle?.openedAt ?? null) : undefined);
  // Browser mode without a valid session: no view could load, so the way to a fresh address shows instead.
  if (info.error?.code === 'UNTRUSTED_SENDER') return <NoSessionPage refusal={info.error} />;
  return (
    <TimeZoneProvider>
      <OperatorProvider info={info.data}>
        <div className={bundle ? 'shell with-bundle' : 'shell'}>
          <NavBar route={route} />
          {bundle && <BundleBanner bundle={bundle} onClosed={info.reload} />}
          <main className="content">
            {/* A bundle opened or closed changes every page's source: each starts afresh over it. */}
            <ErrorBoundary key={`${pageKey(route)}:${bundle?.openedAt ?? ''}`}>
              <BundleOpenerProvider value={noteBundleOpener}>
                <Page route={route} info={info.data} onSourceChanged={info.reload} />
              </BundleOpenerProvider>
            </ErrorBoundary>
          </main>
          <StatusBar info={info} />
        </div>
      </OperatorProvider>
    </TimeZoneProvider>
  );
}
