import { USUAL_HOURS } from '../../../../shared/domain/riskRules';
import type { TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { CellNames } from './CellNames';
import { DiffLink } from './changeLinks';
import { personWithIdText } from './changeText';
import { RANK, RankedReport, RiskClient, RiskPerson } from './RankedReport';
import { RiskViewActions, StarEvent } from './riskEvidence';
import { clientText, offHoursRowName, offHoursStarWhat } from './riskRowNames';
import { editsLeftOut } from './riskLeftOut';
import { RISK_TIME_CELL } from './riskTimeCell';

/** Edits in the page's period (none: all the logs) made outside the hours their manager usually edits at, the rarest hour first. */
export function OffHoursEdits({ timeRange }: { timeRange: TimeRange | undefined }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const report = useRequest(() => api.riskOffHoursEdits(timeRange ? { timeRange } : {}), [api, timeRange]);
  const stars = useOperator().permissions.includes('cases:manage');
  return (
    <RankedReport
      id="risk-off-hours"
      title="Edits outside the manager's usual hours"
      ranking={
        `The rarer the hour is for that manager, the higher: the share column counts their edits made within ` +
        `${USUAL_HOURS.windowHours} hours of it (under ${USUAL_HOURS.share * 100}% is outside their usual hours, ` +
        `judged once they have ${USUAL_HOURS.minimumEdits} edits). Then the newest first.`
      }
      busy="Looking for off-hours edits…"
      report={report}
      table="Off-hours edits, ranked"
      empty="No edits outside a manager's usual hours in this period."
      incomplete={editsLeftOut}
      noun={['edit', 'edits']}
      columns={[
        RANK,
        { name: 'Manager', kind: 'text', key: (row) => row.actorName ?? row.actorId },
        { name: 'Edit', kind: 'time', key: (row) => row.createdAt },
        { name: 'Client', kind: 'text', key: (row) => row.clientName ?? row.clientId },
        'Fields',
        { name: 'Share of their edits near that hour', kind: 'number', key: (row) => row.share },
        stars && 'Case',
      ]}
      above={(data) => <RiskViewActions label="Off-hours edits" eventIds={data.rows.map((row) => row.eventId)} />}
      rows={(data) =>
        data.rows.map((row) => (
          <tr key={row.eventId} aria-label={offHoursRowName(row)}>
            <td>{row.rank}</td>
            <th scope="row" className="risk-person">
              <RiskPerson name={row.actorName} id={row.actorId} />
            </th>
            <td className={RISK_TIME_CELL}>
              <DiffLink eventId={row.eventId} text={formatTimestamp(row.createdAt, zone)} />
            </td>
            <td className="risk-id">
              <RiskClient clientId={row.clientId} name={row.clientName} />
            </td>
            <td className="risk-fields">
              <CellNames names={row.changedFields} />
            </td>
            <td>{(row.share * 100).toFixed(1)}%</td>
            {stars && (
              <td>
                <StarEvent
                  eventId={row.eventId}
                  what={offHoursStarWhat(row, formatTimestamp(row.createdAt, zone))}
                  summary={`Off-hours edit of ${row.changedFields.join(', ')} on client ${clientText(row.clientId, row.clientName)} by ${personWithIdText(row.actorName, row.actorId)}`}
                />
              </td>
            )}
          </tr>
        ))
      }
    />
  );
}
