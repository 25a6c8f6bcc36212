import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/contract/appInfo';
import type { Result } from '../../../shared/contract/errors';
import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { connectionProblems } from '../../../shared/domain/settings';
import { useApi } from '../api/ApiContext';
import { ConnectionForm } from '../features/settings/ConnectionForm';
import { DemoWorkspaceSettings } from '../features/settings/DemoWorkspaceSettings';
import { DemoBadge } from '../features/workspace/DemoBadge';
import { useRequest } from '../hooks/useRequest';
import { WhoYouAre } from '../features/settings/WhoYouAre';
import { RoleMappingEditor } from '../features/settings/RoleMappingEditor';
import { WorkstationOperators } from '../features/settings/WorkstationOperators';
import { useSettingsGivenUp } from '../features/settings/useSettingsGivenUp';
import { SecretNotice } from '../features/settings/SecretNotice';
import { RemoveConnectionButton } from '../features/settings/RemoveConnectionButton';
import type { ConnectionRemoval } from '../features/settings/useConnectionForm';
import type { ConnectRequest, EditRequest } from '../features/settings/connectionFormRequests';
import type { ConnectionFormStatus } from '../features/settings/useFormRequests';

const CONNECT_HEADING_ID = 'connect-cluster-title';
const SAVING_NOTE_ID = 'connection-saving-note';

interface ConnectionSettingsProps {
  onSourceChanged: () => void;
  /** The last "Connect a cluster" pressed, for the form. */
  connectRequest: ConnectRequest | null;
}

function ConnectionSettings({ onSourceChanged, connectRequest }: ConnectionSettingsProps) {
  const api = useApi();
  const settings = useRequest(() => api.getSettings({}), [api]);
  const [failure, setFailure] = useState<string | null>(null);
  const [removed, setRemoved] = useState<ConnectionRemoval | null>(null);
  const [editRequest, setEditRequest] = useState<EditRequest | null>(null);
  const [formStatus, setFormStatus] = useState<ConnectionFormStatus>({ editingId: null, saving: false });
  /** Each line's Edit button, by connection id: Cancel edit gives it the keyboard back. */
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const list = useRef<HTMLUListElement>(null);
  /**
   * A line whose button went with what it did (Use gives way to the "active" badge, Remove takes the whole
   * line): once the list is read again, the line at its place takes the keyboard, rather than the page.
   */
  const focusLine = useRef<{ index: number; shown: unknown } | null>(null);
  useEffect(() => {
    const pending = focusLine.current;
    if (!pending || settings.data === pending.shown) return;
    focusLine.current = null;
    const lines = list.current?.querySelectorAll<HTMLLIElement>(':scope > li');
    lines?.[Math.min(pending.index, lines.length - 1)]?.focus();
  }, [settings.data]);
  /** Runs an action on the line at `index`; answers whether it was done. */
  const act = async (index: number, run: () => Promise<Result<unknown>>): Promise<boolean> => {
    const shown = settings.data;
    const result = await run();
    setFailure(result.ok ? null : result.message);
    if (result.ok) focusLine.current = { index, shown };
    settings.reload();
    onSourceChanged();
    return result.ok;
  };
  if (settings.error)
    return (
      <p role="alert" className="error">
        {settings.error.message}
      </p>
    );
  if (!settings.data) return <p>Loading…</p>;
  const { connections, activeConnectionId, vault } = settings.data;
  const beingSaved = formStatus.saving
    ? connections.find((connection) => connection.id === formStatus.editingId)
    : undefined;
  return (
    <>
      <h2>Cluster connections</h2>
      <SecretNotice keeping={vault} />
      {failure && (
        <p role="alert" className="error" data-testid="connections-error">
          {failure}
        </p>
      )}
      <ul ref={list} className="connections" aria-label="Cluster connections">
        {connections.map((connection, index) => {
          // A name saved before such characters were refused shows each by its name, never reordered.
          const name = showHiddenCharacters(connection.name);
          const edited = connection.id === formStatus.editingId;
          return (
            <li key={connection.id} aria-label={name} aria-current={edited || undefined} tabIndex={-1}>
              <strong>{name}</strong> {edited && <span className="badge">editing</span>}
              <span className="muted">{[connection.url, ...connection.failoverUrls].join(', ')}</span>
              {connection.id === activeConnectionId ? (
                <span className="badge">active</span>
              ) : (
                <button
                  type="button"
                  aria-label={`Use ${name}`}
                  onClick={() => void act(index, () => api.activateConnection({ id: connection.id }))}
                >
                  Use
                </button>
              )}
              <button
                type="button"
                aria-label={`Edit ${name}`}
                // Held while a save is under way: its answer is said in the form, for the connection it sent.
                aria-disabled={formStatus.saving || undefined}
                aria-describedby={formStatus.saving ? SAVING_NOTE_ID : undefined}
                ref={(button) => {
                  if (button) editButtons.current.set(connection.id, button);
                  else editButtons.current.delete(connection.id);
                }}
                onClick={() => {
                  if (!formStatus.saving) setEditRequest({ connection });
                }}
              >
                Edit
              </button>
              {!connection.hasSecret && <span className="error"> secret missing: press Edit to type it again</span>}
              {/* Saved before a check existed (a node on port 0): still listed, with what to mend. */}
              {connectionProblems(connection).map(({ path, message }) => (
                <span key={`${path.join('.')} ${message}`} className="error">
                  {' '}
                  {message}
                </span>
              ))}
              <RemoveConnectionButton
                name={name}
                active={connection.id === activeConnectionId}
                hasSecret={connection.hasSecret}
                heldBy={connection === beingSaved ? SAVING_NOTE_ID : undefined}
                onRemove={async () => {
                  const done = await act(index, () => api.deleteConnection({ id: connection.id }));
                  if (done) setRemoved({ id: connection.id });
                  return done;
                }}
              />
            </li>
          );
        })}
        <li aria-label="Demo data" tabIndex={-1}>
          <strong>Demo data</strong> <span className="muted">embedded, no cluster</span>
          {activeConnectionId === null ? (
            <span className="badge">active</span>
          ) : (
            <button
              type="button"
              aria-label="Use Demo data"
              onClick={() => void act(connections.length, () => api.activateConnection({ id: null }))}
            >
              Use
            </button>
          )}
        </li>
      </ul>
      {formStatus.saving && (
        <p className="muted" id={SAVING_NOTE_ID}>
          {beingSaved
            ? `Edit, and Remove on “${showHiddenCharacters(beingSaved.name)}”, wait for the save under way below.`
            : 'Edit waits for the save under way below.'}
        </p>
      )}
      <ConnectionForm
        headingId={CONNECT_HEADING_ID}
        editRequest={editRequest}
        connectRequest={connectRequest}
        onStatus={setFormStatus}
        connections={connections}
        onEditCancelled={(id) => editButtons.current.get(id)?.focus()}
        removed={removed}
        onSaved={() => {
          setFailure(null);
          settings.reload();
          onSourceChanged();
        }}
      />
    </>
  );
}

/** On demo data, says so and points at the way to real logs: the form, readied for a new connection. */
function DemoCallout({ canConnect, onConnect }: { canConnect: boolean; onConnect: () => void }) {
  return (
    <div className="demo-callout" data-testid="demo-callout">
      <p>
        <DemoBadge /> The console is showing generated demo data from the workspace on this machine, not a
        cluster&apos;s logs.
      </p>
      {canConnect ? (
        <button type="button" className="primary" onClick={onConnect}>
          Connect a cluster
        </button>
      ) : (
        <p className="muted">Ask a console admin to connect a cluster.</p>
      )}
    </div>
  );
}

interface SettingsPageProps {
  info: AppInfo | null;
  onSourceChanged: () => void;
  /** What of its link the page does not read, said right after its title. */
  linkNotice?: ReactNode;
}

export function SettingsPage({ info, onSourceChanged, linkNotice }: SettingsPageProps) {
  const admin = info?.operator.role === 'admin';
  const heading = useRef<HTMLHeadingElement>(null);
  const givenUp = useSettingsGivenUp(info?.operator.role ?? null, heading);
  const [connectRequest, setConnectRequest] = useState<ConnectRequest | null>(null);
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        Settings
      </h1>
      {linkNotice}
      <p role="status">{givenUp}</p>
      <p data-testid="settings-source">
        Data source: {info ? `${info.dataSource.label} — ${info.dataSource.state}` : 'Loading…'}
      </p>
      {info && <WhoYouAre identity={info.identity} />}
      {info?.dataSource.state === 'demo' && <DemoCallout canConnect={admin} onConnect={() => setConnectRequest({})} />}
      {admin && info?.identity.source === 'cluster' && <RoleMappingEditor />}
      {admin && info?.identity.source === 'workstation' && (
        <WorkstationOperators userId={info.operator.id} onSaved={onSourceChanged} />
      )}
      {admin ? (
        <ConnectionSettings onSourceChanged={onSourceChanged} connectRequest={connectRequest} />
      ) : (
        <p className="muted">Connections, role mappings and operators are managed by a console admin.</p>
      )}
      <DemoWorkspaceSettings
        source={info ? `${info.dataSource.kind} ${info.dataSource.label}` : undefined}
        canReset={admin}
        onResetStarted={onSourceChanged}
      />
    </section>
  );
}
