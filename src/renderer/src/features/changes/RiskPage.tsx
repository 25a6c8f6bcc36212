import { useCallback, useEffect, useMemo, useRef } from 'react';
import { refusalOf } from '../../../../shared/domain/roles';
import type { TimeRange } from '../../../../shared/query/logQuery';
import { navigate } from '../../routing/useHashRoute';
import { useOperator } from '../access/OperatorContext';
import { BundleCoverageNote, useBundleCoverage, viewAsk } from '../bundles/BundleCoverageNote';
import { ClientRangeControl } from '../clients/ClientRangeControl';
import { TIME_PARAMS } from '../clients/clientPageRoute';
import { IgnoredParams } from '../logGrid/IgnoredParams';
import { BulkOperations } from './BulkOperations';
import { EditsBeforeWithdrawal } from './EditsBeforeWithdrawal';
import { OffHoursEdits } from './OffHoursEdits';
import { DEFAULT_BULK_MIN_CLIENTS } from './bulkMinClients';
import { DEFAULT_RISK_HOURS, RISK_HOURS_FIELD } from './riskHours';
import { riskPath, type RiskRoute } from './riskRoute';
import './risk.css';

/**
 * `#/risk?hours=…&minClients=…&from=…&to=…`: the ranked risk views a risk officer starts from, each over the
 * page's period (`from`/`to` or `last`, kept in the address; none: all the logs). A role that may not read client
 * activity is told so once, with who may, instead of three refusals under controls it cannot use. A link
 * holding what the page cannot use says so above the views, naming each part, and the views show their
 * defaults for it: nothing the link holds is read as some other number.
 */
export function RiskPage({ hours: linkedHours, minClients: linkedMinClients, timeRange, ignored }: RiskRoute) {
  const { role, permissions } = useOperator();
  const refused = role !== null && !permissions.includes('activity:read');
  const coverage = useBundleCoverage(viewAsk('activity'), 'The risk views read client activity.');
  const linked = linkedHours ?? DEFAULT_RISK_HOURS;
  const leastClients = linkedMinClients ?? DEFAULT_BULK_MIN_CLIENTS;
  const showWithout = () => {
    navigate(riskPath(linkedHours, timeRange, linkedMinClients));
    // The notice and its button go: the focus goes where the hours are changed.
    document.getElementById(RISK_HOURS_FIELD)?.focus();
  };
  const problemsRef = useRef<HTMLDivElement>(null);
  const problems = JSON.stringify(ignored);
  useEffect(() => {
    // A link opened while the page is scrolled down: its problems show at the top, brought into view.
    if (ignored.length > 0) problemsRef.current?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per link's problems, not per render
  }, [problems, role]);
  const periodWritten = riskPath(null, timeRange);
  // The same period as long as the address writes the same one, not a new one each time the route is read.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the period as written
  const period = useMemo(() => timeRange, [periodWritten]);
  // Always with the number applied, the default too: a link keeps meaning the numbers it was made with.
  const applyHours = useCallback(
    (hours: number, options: { replace: boolean }) => navigate(riskPath(hours, period, linkedMinClients), options),
    [period, linkedMinClients],
  );
  const applyMinClients = useCallback(
    (minClients: number, options: { replace: boolean }) => navigate(riskPath(linkedHours, period, minClients), options),
    [period, linkedHours],
  );
  // A period the link gives that cannot be used is named with the rest, and the views read all the logs.
  const periodIgnored =
    period === undefined && ignored.some(({ param }) => (TIME_PARAMS as readonly string[]).includes(param));
  const minClientsIgnored = linkedMinClients === null && ignored.some(({ param }) => param === 'minClients');
  const applyPeriod = (range: TimeRange | undefined, options: { replace: boolean }) =>
    navigate(riskPath(linkedHours, range, linkedMinClients), options);
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
                  meanwhile={`the Risk page looks back ${linked} ${linked === 1 ? 'hour' : 'hours'}${linkedHours === null ? ' (the default)' : ''} before each withdrawal${periodIgnored ? ', over all the logs' : ''}${minClientsIgnored ? `, and lists bulk operations over at least ${leastClients} clients (the default)` : ''}`}
                  showing="the risk views"
                />
              </div>
            )}
            <div className="risk-period">
              <ClientRangeControl
                value={period}
                onApply={applyPeriod}
                error={undefined}
                kept="The risk views below still show the period applied before."
              />
            </div>
            <EditsBeforeWithdrawal linked={linked} onApply={applyHours} timeRange={period} />
            <OffHoursEdits timeRange={period} />
            <BulkOperations linked={leastClients} onApply={applyMinClients} timeRange={period} />
          </>
        )
      )}
    </section>
  );
}
