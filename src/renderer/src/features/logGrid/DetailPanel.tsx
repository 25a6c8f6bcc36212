/**
 * `<DetailPanel family row onClose />`: the whole document of the selected row: the JSON tree, the
 * error read as people write it, copy as JSON, and a link to the row's client. A page may add its own
 * sections (`children`, e.g. cross-links), shown above the document.
 */
import { useState, type ReactNode } from 'react';
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { AddToCase } from '../cases/AddToCase';
import { JsonTree } from '../../components/JsonTree';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { prettyError, type StackTrace } from '../../format/prettyError';
import type { GridFamily, RowOf } from './gridFamily';
import { namesInRow, valueAt } from './queryFilters';

function StackView({ message, frames }: StackTrace) {
  return (
    <div className="stack">
      <p>{message}</p>
      <ol aria-label="Stack trace">
        {frames.map((frame, index) => (
          <li key={index}>
            <code>{frame}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ErrorView({ error }: { error: string }) {
  const pretty = prettyError(error);
  if (pretty.kind === 'json') {
    return (
      <>
        {pretty.stack && <StackView {...pretty.stack} />}
        <JsonTree value={pretty.value} openDepth={3} />
      </>
    );
  }
  if (pretty.kind === 'stack') return <StackView message={pretty.message} frames={pretty.frames} />;
  return <pre>{pretty.text}</pre>;
}

export function DetailPanel<F extends LogFamily>({
  family,
  row,
  onClose,
  canAddToCase,
  children,
}: {
  family: GridFamily<F>;
  row: RowOf<F>;
  onClose: () => void;
  canAddToCase: boolean;
  children?: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const { zone } = useTimeZone();
  const fields = LOG_FIELDS[family.family];
  const time = valueAt(row, fields.time);
  const clientId = valueAt(row, fields.scope);
  const clientName = namesInRow(family.family, row).find((party) => party.id === clientId)?.name;
  const error = valueAt(row, 'error');
  const copy = () =>
    void navigator.clipboard.writeText(JSON.stringify(row, null, 2)).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <aside className="detail" aria-label="Log detail" data-testid="log-detail">
      <header>
        <h2>{family.describe(row)}</h2>
        <button type="button" onClick={onClose} aria-label="Close detail">
          ✕
        </button>
      </header>
      <p className="muted">
        {typeof time === 'string' ? formatTimestamp(time, zone) : ''} · <code>{row.id}</code>
      </p>
      <div className="actions">
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy as JSON'}
        </button>
        {canAddToCase && (
          <AddToCase
            evidence={{ kind: 'event', family: family.family, recordId: row.id, summary: family.describe(row) }}
          />
        )}
        {typeof clientId === 'string' && (
          <a href={`#/clients/${encodeURIComponent(clientId)}`}>Open client {clientName || clientId}</a>
        )}
      </div>
      {typeof error === 'string' && error && (
        <section aria-labelledby="detail-error-title">
          <h3 id="detail-error-title">Error</h3>
          <ErrorView error={error} />
        </section>
      )}
      {children}
      <section>
        <h3>Document</h3>
        <JsonTree value={row} />
      </section>
    </aside>
  );
}
