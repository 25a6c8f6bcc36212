import type { AppInfo } from '../../../shared/contract/appInfo';
import { useApi } from '../api/ApiContext';
import { ConnectionForm } from '../features/settings/ConnectionForm';
import { useRequest } from '../hooks/useRequest';

function ConnectionSettings() {
  const api = useApi();
  const settings = useRequest(() => api.getSettings({}), [api]);
  const act = async (run: () => Promise<{ ok: boolean }>) => {
    await run();
    settings.reload();
  };
  if (settings.error) return <p className="error">{settings.error.message}</p>;
  if (!settings.data) return <p>Loading…</p>;
  const { connections, activeConnectionId } = settings.data;
  return (
    <>
      <h2>Cluster connections</h2>
      <ul className="connections">
        {connections.map((connection) => (
          <li key={connection.id}>
            <strong>{connection.name}</strong> <span className="muted">{connection.url}</span>
            {connection.id === activeConnectionId ? (
              <span className="badge">active</span>
            ) : (
              <button type="button" onClick={() => void act(() => api.activateConnection({ id: connection.id }))}>
                Use
              </button>
            )}
            {!connection.hasSecret && <span className="error"> secret missing</span>}
            <button type="button" onClick={() => void act(() => api.deleteConnection({ id: connection.id }))}>
              Remove
            </button>
          </li>
        ))}
        <li>
          <strong>Demo data</strong> <span className="muted">embedded, no cluster</span>
          {activeConnectionId === null ? (
            <span className="badge">active</span>
          ) : (
            <button type="button" onClick={() => void act(() => api.activateConnection({ id: null }))}>
              Use
            </button>
          )}
        </li>
      </ul>
      <h2>Connect a cluster</h2>
      <ConnectionForm onSaved={settings.reload} />
    </>
  );
}

export function SettingsPage({ info }: { info: AppInfo | null }) {
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">Settings</h1>
      <p data-testid="settings-source">
        Data source: {info ? `${info.dataSource.label} — ${info.dataSource.state}` : 'Loading…'}
      </p>
      {info?.operator.role === 'admin' ? (
        <ConnectionSettings />
      ) : (
        <p className="muted">Connections and role mappings are managed by a console admin.</p>
      )}
    </section>
  );
}
