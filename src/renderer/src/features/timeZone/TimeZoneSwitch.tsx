import { zoneOf } from '../../format/formatTimestamp';
import { useTimeZone } from './TimeZoneContext';

/** Names the zone every time is shown in and lets the operator switch between local time and UTC. */
export function TimeZoneSwitch() {
  const { choice, choose, saveError } = useTimeZone();
  return (
    <span className="time-zone">
      <label>
        Time zone{' '}
        <select
          aria-label="Time zone"
          value={choice}
          onChange={(event) => choose(event.target.value === 'utc' ? 'utc' : 'local')}
        >
          <option value="local">Local time ({zoneOf('local')})</option>
          <option value="utc">UTC</option>
        </select>
      </label>
      {saveError && (
        <span role="alert" className="error">
          {saveError}
        </span>
      )}
    </span>
  );
}
