import { useCallback, useEffect, useRef, useState } from 'react';
import { USUAL_HOURS } from '../../../../shared/domain/riskRules';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useSettledValue } from '../../hooks/useSettledValue';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { BulkLink, DiffLink } from './changeLinks';
import { refusalOf } from '../../../../shared/domain/roles';
import { bulkEvents } from '../../../../shared/query/crossLinks';
import { RankedReport, RiskClient, RiskPerson } from './RankedReport';
import { bulkRowName, clientText, offHoursRowName, withdrawalRowName } from './riskRowNames';
import { CellNames } from './CellNames';
import { personWithIdText } from './changeText';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { EvidenceActions, RiskViewActions, StarEvent } from './riskEvidence';
import { RiskHoursField } from './RiskHoursField';
import { DEFAULT_RISK_HOURS, readRiskHours } from './riskHours';
import type { RiskRoute } from './riskRoute';
import { IgnoredParams } from '../logGrid/IgnoredParams';
import { navigate } from '../../routing/useHashRoute';
import { BundleCoverageNote, useBundleCoverage, viewAsk } from '../bundles/BundleCoverageNote';
import './risk.css';

const duration = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};

/** A cell holding an instant: it stays on one line, however narrow the window. */
const TIME_CELL = 'risk-time';

/** The hours field's id: the notice of a bad link gives it the focus once gone. */
const HOURS_FIELD = 'risk-hours';

interface EditsBeforeWithdrawalProps {
  /** The hours the address asks for, else the default. */
  linked: number;
  /** Writes hours applied from the field to the address: `replace` while the typing goes on in the field. */
  onApply: (hours: number, options: { replace: boolean }) => void;
}

/** Edits before a withdrawal, over the hours the address asks for (`linked`), else the default. */
function EditsBeforeWithdrawal({ linked, onApply }: EditsBeforeWithdrawalProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const [text, setText] = useState(String(linked));
  const [hours, setHours] = useState(linked);
  // Asked for once typing pauses, and only hours the field reads as a plain whole number: the list stays
  // the last good one's meanwhile.
  const settledText = useSettledValue(text, text);
  const [seen, setSeen] = useState({ settledText, linked });
  if (linked !== seen.linked) {
    setSeen({ settledText, linked });
    // The address moved elsewhere (Back, another link): its hours replace what was typed. Hours the field
    // wrote itself come back as they are, and what is typed since stays.
    if (linked !== hours) {
      setHours(linked);
      setText(String(linked));
    }
  } else if (settledText !== seen.settledText) {
    setSeen({ settledText, linked });
    const settled = readRiskHours(settledText);
    if ('hours' in settled) setHours(settled.hours);
  }
  /** Whether the field wrote hours to the address since it took the focus: the next ones replace them. */
  const writtenInField = useRef(false);
  useEffect(() => {
    if (hours === linked) return;
    const inField = document.activeElement?.id === HOURS_FIELD;
    onApply(hours, { replace: inField && writtenInField.current });
    writtenInField.current = inField;
  }, [hours, linked, onApply]);
  const report = useRequest(() => api.riskEditsBeforeWithdrawal({ hours }), [api, hours]);
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
      columns={['Rank', 'Client', 'Edit', 'Fields', 'By', 'Time to withdrawal', 'Reverted', stars && 'Case']}
      controls={
        <RiskHoursField
          id={HOURS_FIELD}
          text={text}
          onText={setText}
          applied={hours}
          onFocus={() => (writtenInField.current = false)}
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
            <td className={TIME_CELL}>
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
                  summary={`Edit of ${row.edit.fields.join(', ')} on client ${clientText(row.clientId, row.clientName)}, ${duration(row.msBetween)} before a withdrawal`}
                />
              </td>
            )}
          </tr>
        ))
      }
      empty="No such edits in this period."
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
      ranking={
        `The rarer the hour is for that manager, the higher: the share column counts their edits made within ` +
        `${USUAL_HOURS.windowHours} hours of it (under ${USUAL_HOURS.share * 100}% is outside their usual hours, ` +
        `judged once they have ${USUAL_HOURS.minimumEdits} edits). Then the newest first.`
      }
      busy="Looking for off-hours edits…"
      report={report}
      table="Off-hours edits, ranked"
      empty="No edits outside a manager's usual hours in this period."
      columns={['Rank', 'Manager', 'Edit', 'Client', 'Fields', 'Share of their edits near that hour', stars && 'Case']}
      above={(data) => <RiskViewActions label="Off-hours edits" eventIds={data.rows.map((row) => row.eventId)} />}
      rows={(data) =>
        data.rows.map((row) => (
          <tr key={row.eventId} aria-label={offHoursRowName(row)}>
            <td>{row.rank}</td>
            <th scope="row" className="risk-person">
              <RiskPerson name={row.actorName} id={row.actorId} />
            </th>
            <td className={TIME_CELL}>
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
      ranking="The operation that changed the most clients first, each client its bulk id names counted once, as the operation’s own page counts them."
      busy="Looking for bulk operations…"
      report={report}
      table="Bulk operations, largest first"
      empty="No bulk operations over many clients in this period."
      columns={['Rank', 'Operation', 'Clients', 'By', 'Started', 'Fields', evidence && 'Evidence']}
      rows={(data) =>
        data.rows.map((row) => (
          <tr key={row.bulkId} aria-label={bulkRowName(row)}>
            <td>{row.rank}</td>
            <th scope="row">
              <BulkLink bulkId={row.bulkId} />
            </th>
            <td>{row.clients}</td>
            <td className="risk-person">
              <RiskPerson name={row.actorName} id={row.actorId} />
            </td>
            <td className={TIME_CELL}>{formatTimestamp(row.startedAt, zone)}</td>
            <td className="risk-fields">
              <CellNames names={row.changedFields} />
            </td>
            {evidence && (
              <td>
                {/* The label is read and kept as a pinned query's name: the query keeps the exact id. */}
                <EvidenceActions
                  label={`Bulk operation ${showHiddenCharacters(row.bulkId)}`}
                  query={bulkEvents(row.bulkId)}
                />
              </td>
            )}
          </tr>
        ))
      }
    />
  );
}

/**
 * `#/risk?hours=…`: the ranked risk views a risk officer starts from. A role that may not read client
 * activity is told so once, with who may, instead of three refusals under controls it cannot use. A link
 * holding what the page cannot use says so above the views, naming each part, and the views show their
 * defaults for it: nothing the link holds is read as some other number.
 */
export function RiskPage({ hours: linkedHours, ignored }: RiskRoute) {
  const { role, permissions } = useOperator();
  const refused = role !== null && !permissions.includes('activity:read');
  const coverage = useBundleCoverage(viewAsk('activity'), 'The risk views read client activity.');
  const linked = linkedHours ?? DEFAULT_RISK_HOURS;
  const showWithout = () => {
    navigate(linkedHours === null ? '/risk' : `/risk?hours=${linkedHours}`);
    // The notice and its button go: the focus goes where the hours are changed.
    document.getElementById(HOURS_FIELD)?.focus();
  };
  const problemsRef = useRef<HTMLDivElement>(null);
  const problems = JSON.stringify(ignored);
  useEffect(() => {
    // A link opened while the page is scrolled down: its problems show at the top, brought into view.
    if (ignored.length > 0) problemsRef.current?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per link's problems, not per render
  }, [problems, role]);
  // Always with the hours, the default too: a link keeps meaning the hours it was made with.
  const applyHours = useCallback(
    (hours: number, options: { replace: boolean }) => navigate(`/risk?hours=${hours}`, options),
    [],
  );
  return (
    <section aria-labelledby="risk-title" className="page change-page">
      <h1 id="risk-title">Risk</h1>
      {refused ? (
        <p role="note">The risk views read client activity. {refusalOf(role, 'activity:read')}</p>
      ) : coverage?.outside ? (
        <BundleCoverageNote note={coverage} />
      ) : (
        role !== null && (
          <>
            {coverage && <BundleCoverageNote note={coverage} />}
            {ignored.length > 0 && (
              <div ref={problemsRef}>
                <IgnoredParams
                  ignored={ignored}
                  onShowWithout={showWithout}
                  meanwhile={`the Risk page looks back ${linked} ${linked === 1 ? 'hour' : 'hours'}${linkedHours === null ? ' (the default)' : ''} before each withdrawal`}
                  showing="the risk views"
                />
              </div>
            )}
            <EditsBeforeWithdrawal linked={linked} onApply={applyHours} />
            <OffHoursEdits />
            <BulkOperations />
          </>
        )
      )}
    </section>
  );
}
