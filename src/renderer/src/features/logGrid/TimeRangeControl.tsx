import { useId, useState } from 'react';
import { RELATIVE_RANGES, type LogFamily, type TimeRange } from '../../../../shared/query/logQuery';
import { inputStep, inputToIso, isoToInput, offsetLabel } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { timeLabel } from './queryFilters';
import { timeRangeControlAtFault, type TimeRangeBound } from './timeRangeFault';

export const PRESET_LABELS: Readonly<Record<(typeof RELATIVE_RANGES)[number], string>> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '1y': 'Last year',
};

interface TimeRangeControlProps {
  family: LogFamily;
  value: TimeRange | undefined;
  onChange: (range: TimeRange | undefined) => void;
  /** What is wrong with the range, shown under its legend. */
  error?: string;
}

/** The offset a bound had in the zone, named beside its input: it may differ from today's. */
function BoundOffset({ iso, zone }: { iso: string | undefined; zone: string }) {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : <span className="muted">{offsetLabel(ms, zone)}</span>;
}

/**
 * `<TimeRangeControl family value onChange error />`: the family's time range (Created, Date) as
 * relative presets or absolute bounds, entered and shown in the operator's chosen zone; `error` says
 * what is wrong with it, next to it, and marks the control at fault (see `timeRangeControlAtFault`):
 * that control is `aria-invalid`, described by the error, and the one a form's focus goes to.
 */
export function TimeRangeControl({ family, value, onChange, error }: TimeRangeControlProps) {
  const { zone } = useTimeZone();
  const errorId = useId();
  /** The bound edited last: of a reversed pair, the one just got wrong. */
  const [lastEdited, setLastEdited] = useState<TimeRangeBound | null>(null);
  const time = timeLabel(family);
  const absolute = value?.kind === 'absolute' ? value : undefined;
  const inputs = { from: isoToInput(absolute?.from, zone), to: isoToInput(absolute?.to, zone) };
  const atFault = error ? timeRangeControlAtFault(value, lastEdited) : null;
  const marked = (control: TimeRangeBound | 'preset') =>
    atFault === control ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const setBound = (bound: TimeRangeBound, input: string) => {
    setLastEdited(bound);
    const next = {
      kind: 'absolute' as const,
      from: absolute?.from,
      to: absolute?.to,
      // The bound's instant before the edit keeps a time in a repeated hour (clocks going back) in its hour.
      [bound]: inputToIso(input, zone, absolute?.[bound]),
    };
    onChange(next.from || next.to ? next : undefined);
  };
  return (
    <fieldset className="time-range">
      <legend>{time}</legend>
      {error && (
        <p id={errorId} className="query-error" role="alert">
          {error}
        </p>
      )}
      <select
        aria-label={`${time} preset`}
        {...marked('preset')}
        value={value?.kind === 'relative' ? value.last : absolute ? 'custom' : 'any'}
        onChange={(event) => {
          const choice = event.target.value;
          if (choice === 'any') onChange(undefined);
          else if (choice !== 'custom')
            onChange({ kind: 'relative', last: choice as (typeof RELATIVE_RANGES)[number] });
        }}
      >
        <option value="any">Any time</option>
        {RELATIVE_RANGES.map((range) => (
          <option key={range} value={range}>
            {PRESET_LABELS[range]}
          </option>
        ))}
        <option value="custom">Between…</option>
      </select>
      <label>
        From
        <input
          type="datetime-local"
          aria-label={`${time} from`}
          {...marked('from')}
          value={inputs.from}
          step={inputStep(inputs.from)}
          onChange={(event) => setBound('from', event.target.value)}
        />
        <BoundOffset iso={absolute?.from} zone={zone} />
      </label>
      <label>
        To
        <input
          type="datetime-local"
          aria-label={`${time} to`}
          {...marked('to')}
          value={inputs.to}
          step={inputStep(inputs.to)}
          onChange={(event) => setBound('to', event.target.value)}
        />
        <BoundOffset iso={absolute?.to} zone={zone} />
      </label>
      <p className="muted zone">Times in {zone}</p>
    </fieldset>
  );
}
