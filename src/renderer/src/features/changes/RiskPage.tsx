import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { ClientLink } from '../../components/ClientLink';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { ChangeProblem } from './ChangeProblem';
import { BulkLink, DiffLink } from './changeLinks';
import { refusalOf } from '../../../../shared/domain/roles';
import { bulkEvents } from '../../../../shared/query/crossLinks';
import { EvidenceActions, RiskViewActions, StarEvent } from './riskEvidence';

const duration = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};

function EditsBeforeWithdrawal() {
  const api = useApi();
  const { zone } = useTimeZone();
  const [text, setText] = useState('48');
  const hours = Number(text);
  const valid = Number.isInteger(hours) && hours >= 1 && hours <= 720;
  const report = useRequest(() => api.riskEditsBeforeWithdrawal(valid ? { hours } : {}), [api, valid ? hours : 48]);
  const stars = useOperator().permissions.includes('cases:manage');
  return (
    <section aria-labelledby="risk-withdrawal">
      <h2 id="risk-withdrawal">Edits of financial or contact data before a withdrawal</h2>
      <label>
        Hours before the withdrawal{' '}
        <input
          type="number"
          min={1}
          max={720}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!valid}
        />
      </label>
      {!valid && <p role="alert">Give the hours as a whole number from 1 to 720; showing 48 hours meanwhile.</p>}
      {report.error && <ChangeProblem error={report.error} what="This view" />}
      {report.loading && <p role="status">Looking for edits before withdrawals…</p>}
      {report.data && !report.error && (
        <RiskViewActions
          label={`Edits before a withdrawal (${valid ? hours : 48} h)`}
          eventIds={report.data.rows.map((row) => row.edit.eventId)}
        />
      )}
      {report.data && !report.error && (
        <table className="diff-table risk-table" aria-label="Edits before a withdrawal, ranked">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Client</th>
              <th scope="col">Edit</th>
              <th scope="col">Fields</th>
              <th scope="col">By</th>
              <th scope="col">Time to withdrawal</th>
              <th scope="col">Reverted</th>
              {stars && <th scope="col">Case</th>}
            </tr>
          </thead>
          <tbody>
            {report.data.rows.map((row) => (
              <tr
                key={row.edit.eventId}
                aria-label={`Rank ${row.rank}: client ${row.clientId}, ${row.edit.fields.join(', ')}`}
              >
                <td>{row.rank}</td>
                <th scope="row" className="risk-id">
                  <ClientLink clientId={row.clientId} name={null} />
                </th>
                <td>
                  <DiffLink eventId={row.edit.eventId}>{formatTimestamp(row.edit.createdAt, zone)}</DiffLink>
                </td>
                <td>{row.edit.fields.join(', ')}</td>
                <td>{row.edit.actorName ?? row.edit.actorId}</td>
                <td>{duration(row.msBetween)}</td>
                <td>{row.revertedBy ? <DiffLink eventId={row.revertedBy.eventId}>yes</DiffLink> : 'no'}</td>
                {stars && (
                  <td>
                    <StarEvent
                      eventId={row.edit.eventId}
                      summary={`Edit of ${row.edit.fields.join(', ')} on client ${row.clientId}, ${duration(row.msBetween)} before a withdrawal`}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.data?.rows.length === 0 && <p>No such edits in this period.</p>}
    </section>
  );
}

function OffHoursEdits() {
  const api = useApi();
  const { zone } = useTimeZone();
  const report = useRequest(() => api.riskOffHoursEdits({}), [api]);
  const stars = useOperator().permissions.includes('cases:manage');
  return (
    <section aria-labelledby="risk-off-hours">
      <h2 id="risk-off-hours">Edits outside the manager's usual hours</h2>
      {report.error && <ChangeProblem error={report.error} what="This view" />}
      {report.loading && <p role="status">Looking for off-hours edits…</p>}
      {report.data && !report.error && (
        <RiskViewActions label="Off-hours edits" eventIds={report.data.rows.map((row) => row.eventId)} />
      )}
      {report.data && !report.error && (
        <table className="diff-table risk-table" aria-label="Off-hours edits, ranked">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Manager</th>
              <th scope="col">Edit</th>
              <th scope="col">Client</th>
              <th scope="col">Fields</th>
              <th scope="col">Share of their edits near that hour</th>
              {stars && <th scope="col">Case</th>}
            </tr>
          </thead>
          <tbody>
            {report.data.rows.map((row) => (
              <tr
                key={row.eventId}
                aria-label={`Rank ${row.rank}: ${row.actorName ?? row.actorId} at ${row.hourUtc}:00 UTC`}
              >
                <td>{row.rank}</td>
                <th scope="row">{row.actorName ?? row.actorId}</th>
                <td>
                  <DiffLink eventId={row.eventId}>{formatTimestamp(row.createdAt, zone)}</DiffLink>
                </td>
                <td className="risk-id">
                  <ClientLink clientId={row.clientId} name={null} />
                </td>
                <td>{row.changedFields.join(', ')}</td>
                <td>{(row.share * 100).toFixed(1)}%</td>
                {stars && (
                  <td>
                    <StarEvent
                      eventId={row.eventId}
                      summary={`Off-hours edit of ${row.changedFields.join(', ')} on client ${row.clientId} by ${row.actorName ?? row.actorId}`}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function BulkOperations() {
  const api = useApi();
  const { zone } = useTimeZone();
  const report = useRequest(() => api.riskBulkOperations({}), [api]);
  const { permissions } = useOperator();
  const evidence = permissions.includes('cases:manage') || permissions.includes('export:run');
  return (
    <section aria-labelledby="risk-bulk">
      <h2 id="risk-bulk">Bulk operations over many clients</h2>
      {report.error && <ChangeProblem error={report.error} what="This view" />}
      {report.loading && <p role="status">Looking for bulk operations…</p>}
      {report.data && !report.error && (
        <table className="diff-table risk-table" aria-label="Bulk operations, largest first">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Operation</th>
              <th scope="col">Clients</th>
              <th scope="col">By</th>
              <th scope="col">Started</th>
              <th scope="col">Fields</th>
              {evidence && <th scope="col">Evidence</th>}
            </tr>
          </thead>
          <tbody>
            {report.data.rows.map((row) => (
              <tr
                key={row.bulkId}
                aria-label={`Rank ${row.rank}: bulk operation ${row.bulkId}, ${row.clients} clients`}
              >
                <td>{row.rank}</td>
                <th scope="row">
                  <BulkLink bulkId={row.bulkId} />
                </th>
                <td>{row.clients}</td>
                <td>{row.actorName ?? row.actorId}</td>
                <td>{formatTimestamp(row.startedAt, zone)}</td>
                <td>{row.changedFields.join(', ')}</td>
                {evidence && (
                  <td>
                    <EvidenceActions label={`Bulk operation ${row.bulkId}`} query={bulkEvents(row.bulkId)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * `#/risk`: the ranked risk views a risk officer starts from. A role that may not read client activity
 * is told so once, with who may, instead of three refusals under controls it cannot use.
 */
export function RiskPage() {
  const { role, permissions } = useOperator();
  const refused = role !== null && !permissions.includes('activity:read');
  return (
    <section aria-labelledby="risk-title" className="page change-page">
      <h1 id="risk-title">Risk</h1>
      {refused ? (
        <p role="note">The risk views read client activity. {refusalOf(role, 'activity:read')}</p>
      ) : (
        role !== null && (
          <>
            <EditsBeforeWithdrawal />
            <OffHoursEdits />
            <BulkOperations />
          </>
        )
      )}
    </section>
  );
}
