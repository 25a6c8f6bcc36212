import type { TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { CellNames } from './CellNames';
import { DiffLink } from './changeLinks';
import { RANK, RankedReport, RiskClient, RiskPerson } from './RankedReport';
import { RiskNumberField } from './RiskNumberField';
import { DEFAULT_RISK_HOURS, RISK_HOURS, RISK_HOURS_FIELD } from './riskHours';
import { useLinkedNumber } from './useLinkedNumber';
import { RiskViewActions, StarEvent } from './riskEvidence';
import { clientText, withdrawalRowName, withdrawalStarWhat } from './riskRowNames';
import { editsLeftOut } from './riskLeftOut';
import { RISK_TIME_CELL } from './riskTimeCell';

const duration = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};

interface EditsBeforeWithdrawalProps {
  /** The hours the address asks for, else the default. */
  linked: number;
  /** Writes hours applied from the field to the address: `replace` while the typing goes on in the field. */
  onApply: (hours: number, options: { replace: boolean }) => void;
  /** The period the page reads; none: all the logs. */
  timeRange: TimeRange | undefined;
}

/** Edits before a withdrawal, over the hours the address asks for (`linked`), else the default, in the page's period. */
export function EditsBeforeWithdrawal({ linked, onApply, timeRange }: EditsBeforeWithdrawalProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const { text, setText, value: hours, onFocus } = useLinkedNumber(linked, RISK_HOURS, onApply, RISK_HOURS_FIELD);
  const report = useRequest(
    () => api.riskEditsBeforeWithdrawal({ hours, ...(timeRange ? { timeRange } : {}) }),
    [api, hours, timeRange],
  );
  const stars = useOperator().permissions.includes('cases:manage');
  return (
    <RankedReport
      id="risk-withdrawal"
      title="Edits of financial or contact data before a withdrawal"
      ranking={
        'Highest risk first. An edit that was changed back after the withdrawal ranks first: changing payout or ' +
        'contact details, withdrawing, then restoring them is how a payout is diverted unnoticed. Then the ' +
        'shorter the time from the edit to the withdrawal, the higher.'
      }
      busy="Looking for edits before withdrawals…"
      report={report}
      table="Edits before a withdrawal, ranked"
      noun={['edit', 'edits']}
      columns={[
        RANK,
        { name: 'Client', kind: 'text', key: (row) => row.clientName ?? row.clientId },
        { name: 'Edit', kind: 'time', key: (row) => row.edit.createdAt },
        'Fields',
        { name: 'By', kind: 'text', key: (row) => row.edit.actorName ?? row.edit.actorId },
        { name: 'Time to withdrawal', kind: 'number', key: (row) => row.msBetween },
        'Reverted',
        stars && 'Case',
      ]}
      controls={
        <RiskNumberField
          id={RISK_HOURS_FIELD}
          label="Hours before the withdrawal"
          rule={RISK_HOURS}
          page={24}
          text={text}
          onText={setText}
          applied={hours}
          stillFor={`${hours} ${hours === 1 ? 'hour' : 'hours'}${hours === DEFAULT_RISK_HOURS ? ' (the default)' : ''}`}
          onFocus={onFocus}
        />
      }
      above={(data) => (
        <RiskViewActions
          label={`Edits before a withdrawal (${data.hours} h)`}
          eventIds={data.rows.map((row) => row.edit.eventId)}
        />
      )}
      rows={(data) =>
        data.rows.map((row) => (
          <tr key={row.edit.eventId} aria-label={withdrawalRowName(row)}>
            <td>{row.rank}</td>
            <th scope="row" className="risk-id">
              <RiskClient clientId={row.clientId} name={row.clientName} />
            </th>
            <td className={RISK_TIME_CELL}>
              <DiffLink eventId={row.edit.eventId} text={formatTimestamp(row.edit.createdAt, zone)} />
            </td>
            <td className="risk-fields">
              <CellNames names={row.edit.fields} />
            </td>
            <td className="risk-person">
              <RiskPerson name={row.edit.actorName} id={row.edit.actorId} />
            </td>
            <td>{duration(row.msBetween)}</td>
            <td>{row.revertedBy ? <DiffLink eventId={row.revertedBy.eventId} text="yes" /> : 'no'}</td>
            {stars && (
              <td>
                <StarEvent
                  eventId={row.edit.eventId}
                  what={withdrawalStarWhat(row, formatTimestamp(row.edit.createdAt, zone))}
                  summary={`Edit of ${row.edit.fields.join(', ')} on client ${clientText(row.clientId, row.clientName)}, ${duration(row.msBetween)} before a withdrawal`}
                />
              </td>
            )}
          </tr>
        ))
      }
      empty="No such edits in this period."
      incomplete={editsLeftOut}
    />
  );
}
