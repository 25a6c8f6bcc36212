/**
 * `<CoverageAcrossClients route />`: logging coverage across every client in the operator's scope for
 * the time range the address keeps (`#/clients?last=7d`, or `from`/`to`). A range that cannot be used
 * (reversed, not a date, not a preset) is said next to its control, and no coverage shows until it is
 * fixed, so a bad link never passes for all-time figures. A range parameter the address does not validly
 * percent-encode is named as written, not as a decoder garbles it (see `readSearch.ts`).
 */
import type { TimeRange } from '../../../../shared/query/logQuery';
import { navigate } from '../../routing/useHashRoute';
import { readSearch } from '../../routing/readSearch';
import { withSearch } from '../../routing/withSearch';
import { badlyEncodedIgnored } from '../logGrid/readRoute';
import { linkedRange, rangeProblem, readTimeParams, TIME_PARAMS, withTimeRange } from './clientPageRoute';
import { ClientRangeControl } from './ClientRangeControl';
import { CoverageView } from './CoverageView';

export function CoverageAcrossClients({ route }: { route: string }) {
  const [path = '', search = ''] = route.split(/\?(.*)/s, 2);
  const { params, badlyEncoded } = readSearch(search);
  const unreadable = badlyEncodedIgnored(badlyEncoded).filter(({ param }) =>
    (TIME_PARAMS as readonly string[]).includes(param),
  );
  const { timeRange, timeIgnored } = readTimeParams(params);
  const setRange = (range: TimeRange | undefined, options?: { replace: boolean }) => {
    navigate(withSearch(path, withTimeRange(params, range)), options);
  };
  const error = rangeProblem([...unreadable, ...timeIgnored], 'no coverage is shown');
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
