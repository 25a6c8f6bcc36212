import type { TimeRange } from '../../../../shared/query/logQuery';
import { singleInstantSentence } from '../../format/singleInstant';
import { useTimeZone } from '../timeZone/TimeZoneContext';

/** Above a grid or list whose range starts and ends at the same instant: says that it names one millisecond. */
export function SingleInstantNote({ range }: { range: TimeRange | { from?: string; to?: string } | undefined }) {
  const { zone } = useTimeZone();
  const absolute = range && (!('kind' in range) || range.kind === 'absolute') ? range : undefined;
  const sentence = singleInstantSentence(absolute, zone);
  if (!sentence) return null;
  return (
    <p className="query-hint" role="note">
      {sentence}
    </p>
  );
}
