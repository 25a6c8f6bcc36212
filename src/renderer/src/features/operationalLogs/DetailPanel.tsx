import { useState } from 'react';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import { AddToCase } from '../cases/AddToCase';
import { JsonTree } from '../../components/JsonTree';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { prettyError } from '../../format/prettyError';

function ErrorView({ error }: { error: string }) {
  const pretty = prettyError(error);
  if (pretty.kind === 'json') return <JsonTree value={pretty.value} openDepth={3} />;
  if (pretty.kind === 'stack') {
    return (
      <div className="stack">
        <p>{pretty.message}</p>
        <ol>
          {pretty.frames.map((frame, index) => (
            <li key={index}>
              <code>{frame}</code>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return <pre>{pretty.text}</pre>;
}

/** The whole document of the selected row: JSON tree, readable error, copy, link to the client. */
export function DetailPanel({
  row,
  onClose,
  canAddToCase,
}: {
  row: OperationalLog;
  onClose: () => void;
  canAddToCase: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const { zone } = useTimeZone();
  const copy = () =>
    void navigator.clipboard.writeText(JSON.stringify(row, null, 2)).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <aside className="detail" aria-label="Log detail" data-testid="log-detail">
      <header>
        <h2>
          {row.action} · {row.businessModel}
          {row.subModel ? ` / ${row.subModel}` : ''}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close detail">
          ✕
        </button>
      </header>
      <p className="muted">
        {formatTimestamp(row.created, zone)} · <code>{row.id}</code>
      </p>
      <div className="actions">
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy as JSON'}
        </button>
        {canAddToCase && (
          <AddToCase
            evidence={{
              kind: 'event',
              family: 'operational',
              recordId: row.id,
              summary: `${row.created} ${row.action} · ${row.client?.name ?? 'no client'} · ${row.employee?.name ?? 'no employee'}`,
            }}
          />
        )}
        {row.client && (
          <a href={`#/clients/${encodeURIComponent(row.client.id)}`}>Open client {row.client.name || row.client.id}</a>
        )}
      </div>
      {row.error && (
        <section>
          <h3>Error</h3>
          <ErrorView error={row.error} />
        </section>
      )}
      <section>
        <h3>Document</h3>
        <JsonTree value={row} />
      </section>
    </aside>
  );
}
