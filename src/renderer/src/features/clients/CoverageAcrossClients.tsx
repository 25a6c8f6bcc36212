/**
 * `<CoverageAcrossClients route />`: logging coverage across every client in the operator's scope for
 * the time range the address keeps (`#/clients?last=7d`, or `from`/`to`). A range that cannot be used
 * (reversed, not a date, not a preset) is said next to its control, and no coverage shows until it is
 * fixed, so a bad link never passes for all-time figures.
 */
import type { TimeRange } from '../../../../shared/query/logQuery';
import { navigate } from '../../routing/useHashRoute';
import { linkedRange, rangeProblem, readTimeParams, withTimeRange } from './clientPageRoute';
import { ClientRangeControl } from './ClientRangeControl';
import { CoverageView } from './CoverageView';

export function CoverageAcrossClients({ route }: { route: string }) {
  const [path = '', search = ''] = route.split('?', 2);
  const params = new URLSearchParams(search);
  const { timeRange, timeIgnored } = readTimeParams(params);
  const setRange = (range: TimeRange | undefined, options?: { replace: boolean }) => {
    const next = withTimeRange(params, range).toString();
    navigate(`${path}${next ? `?${next}` : ''}`, options);
  };
  const error = rangeProblem(timeIgnored, 'no coverage is shown');
  return (
    <>
      <ClientRangeControl
        value={error ? linkedRange(params) : timeRange}
        onApply={setRange}
        error={error}
        kept="The coverage below is still that of the range applied before."
      />
      {!error && <CoverageView timeRange={timeRange} />}
    </>
  );
}
