import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { ClientLink } from '../../components/ClientLink';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { BulkLink, DiffLink } from './changeLinks';
import { refusalOf } from '../../../../shared/domain/roles';
import { bulkEvents } from '../../../../shared/query/crossLinks';
import { RankedReport } from './RankedReport';
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
    <RankedReport
      id="risk-withdrawal"
      title="Edits of financial or contact data before a withdrawal"
      busy="Looking for edits before withdrawals…"
      report={report}
      table="Edits before a withdrawal, ranked"
      columns={['Rank', 'Client', 'Edit', 'Fields', 'By', 'Time to withdrawal', 'Reverted', stars && 'Case']}
      controls={
        <>
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
        </>
      }
      above={(data) => (
        <RiskViewActions
          label={`Edits before a withdrawal (${valid ? hours : 48} h)`}
          eventIds={data.rows.map((row) => row.edit.eventId)}
        />
      )}
      rows={(data) =>
        data.rows.map((row) => (
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
        ))
      }
      below={(data) => data.rows.length === 0 && <p>No such edits in this period.</p>}
    />
  );
}

function OffHoursEdits() {
  const api = useApi();
  const { zone } = useTimeZone();
  const report = useRequest(() => api.riskOffHoursEdits({}), [api]);
  const stars = useOperator().permissions.includes('cases:manage');
  return (
    <RankedReport
      id="risk-off-hours"
      title="Edits outside the manager's usual hours"
      busy="Looking for off-hours edits…"
      report={report}
      table="Off-hours edits, ranked"
      columns={['Rank', 'Manager', 'Edit', 'Client', 'Fields', 'Share of their edits near that hour', stars && 'Case']}
      above={(data) => <RiskViewActions label="Off-hours edits" eventIds={data.rows.map((row) => row.eventId)} />}
      rows={(data) =>
        data.rows.map((row) => (
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
        ))
      }
    />
  );
}

function BulkOperations() {
  const api = useApi();
  const { zone } = useTimeZone();
  const report = useRequest(() => api.riskBulkOperations({}), [api]);
  const { permissions } = useOperator();
  const evidence = permissions.includes('cases:manage') || permissions.includes('export:run');
  return (
    <RankedReport
      id="risk-bulk"
      title="Bulk operations over many clients"
      busy="Looking for bulk operations…"
      report={report}
      table="Bulk operations, largest first"
      columns={['Rank', 'Operation', 'Clients', 'By', 'Started', 'Fields', evidence && 'Evidence']}
      rows={(data) =>
        data.rows.map((row) => (
          <tr key={row.bulkId} aria-label={`Rank ${row.rank}: bulk operation ${row.bulkId}, ${row.clients} clients`}>
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
        ))
      }
    />
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
