import { useId, useState } from 'react';
import { RELATIVE_RANGES, type LogFamily, type RelativeRange, type TimeRange } from '../../../../shared/query/logQuery';
import { calendarProblem } from '../../../../shared/query/calendarProblem';
import { inputStep, inputToIso, isoToInput, offsetLabel } from '../../format/formatTimestamp';
import { skippedTimeProblem } from '../../format/skippedTimeProblem';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { timeLabel } from './queryFilters';
import { boundLabel, timeRangeControlsAtFault, type TimeRangeBound, type UnreadableBounds } from './timeRangeFault';

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
  /** The bounds whose fields hold what names no instant (see `UnreadableBounds`); none when left out. */
  unreadable?: UnreadableBounds;
  /**
   * Every edit: the range the fields now hold, and the bounds among them that name no instant (such a
   * bound keeps, in the range, the instant it held before).
   */
  onChange: (range: TimeRange | undefined, unreadable: UnreadableBounds) => void;
  /** What is wrong with the range, shown under its legend. */
  error?: string;
  /** The legend naming the range: the family's time field ("Created", "Date") unless the page names it. */
  legend?: string;
}

/**
 * A bound as its field may show it: none for a day or time the calendar has not (a link's 30 February),
 * which the browser would read as another (2 March); the field is then empty, and the error says why.
 */
const shownBound = (bound: string | undefined): string | undefined =>
  bound !== undefined && calendarProblem(bound) === null ? bound : undefined;

/** The offset a bound had in the zone, named beside its input: it may differ from today's. */
function BoundOffset({ iso, zone }: { iso: string | undefined; zone: string }) {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : <span className="muted">{offsetLabel(ms, zone)}</span>;
}

type Hold = UnreadableBounds[TimeRangeBound];

/** The time a held field was typed with when the clocks skip it, else what makes it held or not. */
const holdKey = (hold: Hold): string | boolean => (typeof hold === 'object' ? hold.typed : Boolean(hold));

/** Whether a bound's field is held the same way in both: unreadable, the same time skipped, or not held. */
const sameHold = (a: Hold, b: Hold): boolean => holdKey(a) === holdKey(b);

/**
 * `<TimeRangeControl family value unreadable onChange error legend />`: the family's time range (Created,
 * Date; a page choosing its period names it so) as relative presets or absolute bounds, entered and shown in the operator's chosen zone; `error` says
 * what is wrong with it, next to it, and marks the controls at fault (see `timeRangeControlsAtFault`):
 * each is `aria-invalid` and described by the error, and the first is the one a form's focus goes to. A bound's
 * field is read after every key as well as every change: the browser empties the value of a field it
 * cannot read (30 February, a part left empty) without always saying so, and such a field is told apart
 * from a blank one, never taken for a bound left open. A time the clocks skip in the zone (02:30 on the
 * night they go forward) stays in its field as typed and is held like an unreadable one, never moved to
 * the time after the gap.
 */
export function TimeRangeControl({ family, value, unreadable = {}, onChange, error, legend }: TimeRangeControlProps) {
  const { zone } = useTimeZone();
  const errorId = useId();
  /** The bound edited last: of a reversed pair, the one just got wrong. */
  const [lastEdited, setLastEdited] = useState<TimeRangeBound | null>(null);
  /** Bumped when a preset is chosen: the date fields are made afresh, so nothing half typed stays in them. */
  const [fresh, setFresh] = useState(0);
  const time = timeLabel(family);
  const absolute = value?.kind === 'absolute' ? value : undefined;
  const inputs = { from: isoToInput(shownBound(absolute?.from), zone), to: isoToInput(shownBound(absolute?.to), zone) };
  const atFault = error ? timeRangeControlsAtFault(value, lastEdited, unreadable) : [];
  const marked = (control: TimeRangeBound | 'preset') =>
    atFault.includes(control) ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  /** What a bound's field holds now: a date and time, nothing, or text the browser cannot read. */
  const read = (bound: TimeRangeBound, field: HTMLInputElement) => {
    const bad = field.validity.badInput;
    const same = field.value === inputs[bound];
    const skipped = bad || !field.value ? null : skippedTimeProblem(boundLabel(family, bound), field.value, zone);
    const hold = bad || (skipped !== null && { typed: field.value, problem: skipped });
    if (sameHold(hold, unreadable[bound]) && (hold || same)) return;
    const now = { ...unreadable, [bound]: hold };
    const flags: UnreadableBounds = { ...(now.from ? { from: now.from } : {}), ...(now.to ? { to: now.to } : {}) };
    setLastEdited(bound);
    if (hold) return onChange(value, flags);
    const next = {
      kind: 'absolute' as const,
      from: absolute?.from,
      to: absolute?.to,
      // The bound's instant before the edit keeps a time in a repeated hour (clocks going back) in its hour.
      [bound]: same ? absolute?.[bound] : inputToIso(field.value, zone, absolute?.[bound]),
    };
    onChange(next.from || next.to ? next : undefined, flags);
  };
  /** What a bound's field shows: what was typed while held, empty while unreadable, as the browser made it. */
  const shown = (bound: TimeRangeBound): string => {
    const held = unreadable[bound];
    return typeof held === 'object' ? held.typed : held ? '' : inputs[bound];
  };
  const boundInput = (bound: TimeRangeBound) => (
    <input
      key={fresh}
      type="datetime-local"
      aria-label={boundLabel(family, bound)}
      {...marked(bound)}
      // Any value but what was typed would overwrite it.
      value={shown(bound)}
      step={inputStep(shown(bound))}
      onInput={(event) => read(bound, event.currentTarget)}
      onKeyUp={(event) => read(bound, event.currentTarget)}
      onBlur={(event) => read(bound, event.currentTarget)}
    />
  );
  return (
    <fieldset className="time-range">
      <legend>{legend ?? time}</legend>
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
          if (choice === 'custom') return;
          setFresh((count) => count + 1);
          onChange(choice === 'any' ? undefined : { kind: 'relative', last: choice as RelativeRange }, {});
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
        {boundInput('from')}
        <BoundOffset iso={unreadable.from ? undefined : shownBound(absolute?.from)} zone={zone} />
      </label>
      <label>
        To
        {boundInput('to')}
        <BoundOffset iso={unreadable.to ? undefined : shownBound(absolute?.to)} zone={zone} />
      </label>
      <p className="muted zone">Times in {zone}</p>
    </fieldset>
  );
}
