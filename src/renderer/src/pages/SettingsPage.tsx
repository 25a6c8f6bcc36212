import type { AppInfo } from '../../../shared/contract/appInfo';

export function SettingsPage({ info }: { info: AppInfo | null }) {
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">Settings</h1>
      <h2>Data source</h2>
      <p data-testid="settings-source">{info ? info.dataSource.label : 'Loading…'}</p>
    </section>
  );
}
