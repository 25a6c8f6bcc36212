import { useEffect } from 'react';
import { useApi } from './api/ApiContext';
import { useRequest } from './hooks/useRequest';
import { ErrorBoundary } from './layout/ErrorBoundary';
import { NavBar } from './layout/NavBar';
import { StatusBar } from './layout/StatusBar';
import { ClientsPage } from './pages/ClientsPage';
import { InvestigationsPage } from './pages/InvestigationsPage';
import { OperationalLogsPage } from './pages/OperationalLogsPage';
import { SettingsPage } from './pages/SettingsPage';
import { useHashRoute } from './routing/useHashRoute';
import type { AppInfo } from '../../shared/contract/appInfo';

function Page({ route, info }: { route: string; info: AppInfo | null }) {
  if (route.startsWith('/clients')) return <ClientsPage />;
  if (route.startsWith('/investigations')) return <InvestigationsPage />;
  if (route.startsWith('/settings')) return <SettingsPage info={info} />;
  return <OperationalLogsPage />;
}

export function App() {
  const api = useApi();
  const route = useHashRoute();
  const info = useRequest(() => api.appInfo({}), [api]);
  const settled = !info.loading;
  useEffect(() => {
    if (!settled) return;
    // The end-to-end driver waits on this instead of sleeping.
    document.documentElement.dataset['appState'] = 'loaded';
    window.dispatchEvent(new Event('audit-console:app-loaded'));
  }, [settled]);
  return (
    <div className="shell">
      <NavBar route={route} />
      <main className="content">
        <ErrorBoundary key={route}>
          <Page route={route} info={info.data} />
        </ErrorBoundary>
      </main>
      <StatusBar info={info} />
    </div>
  );
}
