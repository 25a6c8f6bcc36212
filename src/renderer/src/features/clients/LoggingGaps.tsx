import type { LoggingGap } from '../../../../shared/domain/sessions';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';

/** The possible logging gaps of a page of sessions: an app silent while the client's other apps logged. */
export function LoggingGaps({ gaps }: { gaps: readonly LoggingGap[] }) {
  const { zone } = useTimeZone();
  return (
    <section aria-labelledby="logging-gaps-title">
      <h3 id="logging-gaps-title">⚠ Possible logging gaps</h3>
      <ul>
        {gaps.map((gapItem) => (
          <li key={`${gapItem.sourceApp}-${gapItem.lastEventId}`}>
            {gapItem.sourceApp} logged nothing from {formatTimestamp(gapItem.from, zone)} to{' '}
            {formatTimestamp(gapItem.to, zone)} while the client’s other apps logged {gapItem.otherEvents} events
          </li>
        ))}
      </ul>
    </section>
  );
}
