import { useState } from 'react';
import type { DataSourceStatus } from '../../../../shared/contract/appInfo';
import type { ClusterConnection } from '../../../../shared/domain/settings';
import { DEFAULT_INDEX_PATTERNS } from '../../../../shared/domain/fieldMapping';
import { useApi } from '../../api/ApiContext';

type AuthKind = ClusterConnection['auth']['kind'];

interface ConnectionFormProps {
  onSaved: () => void;
}

/** A new cluster connection: tested before it is saved; the secret goes to main and never comes back. */
export function ConnectionForm({ onSaved }: ConnectionFormProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('https://');
  const [authKind, setAuthKind] = useState<AuthKind>('basic');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [operational, setOperational] = useState(DEFAULT_INDEX_PATTERNS.operational);
  const [activity, setActivity] = useState(DEFAULT_INDEX_PATTERNS.activity);
  const [outcome, setOutcome] = useState<DataSourceStatus | string | null>(null);

  const connection = () => ({
    name: name.trim(),
    url: url.trim(),
    auth: authKind === 'basic' ? { kind: 'basic' as const, username } : { kind: authKind },
    indexPatterns: { operational, activity },
  });
  const request = () => ({ connection: connection(), ...(secret ? { secret } : {}) });

  const test = async () => {
    const result = await api.testConnection(request());
    setOutcome(result.ok ? result.data : result.message);
  };
  const save = async () => {
    const result = await api.saveConnection(request());
    setOutcome(result.ok ? 'Saved.' : result.message);
    if (result.ok) {
      setSecret('');
      onSaved();
    }
  };

  return (
    <form className="connection-form" aria-label="New connection" onSubmit={(event) => event.preventDefault()}>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        URL <input value={url} onChange={(event) => setUrl(event.target.value)} required />
      </label>
      <label>
        Authentication{' '}
        <select value={authKind} onChange={(event) => setAuthKind(event.target.value as AuthKind)}>
          <option value="basic">User and password</option>
          <option value="apiKey">API key</option>
          <option value="none">None</option>
        </select>
      </label>
      {authKind === 'basic' && (
        <label>
          User <input value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="off" />
        </label>
      )}
      {authKind !== 'none' && (
        <label>
          {authKind === 'basic' ? 'Password' : 'API key'}{' '}
          <input
            type="password"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            autoComplete="off"
          />
        </label>
      )}
      <label>
        Operational index pattern <input value={operational} onChange={(event) => setOperational(event.target.value)} />
      </label>
      <label>
        Client activity index pattern <input value={activity} onChange={(event) => setActivity(event.target.value)} />
      </label>
      <div className="actions">
        <button type="button" onClick={() => void test()}>
          Test
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          Save
        </button>
      </div>
      {outcome !== null && (
        <p role="status" className={typeof outcome === 'string' || outcome.state !== 'connected' ? 'error' : 'ok'}>
          {typeof outcome === 'string'
            ? outcome
            : outcome.state === 'connected'
              ? `Connected to Elasticsearch ${outcome.version ?? ''}`
              : outcome.detail}
        </p>
      )}
    </form>
  );
}
