import type { TimeZoneChoice } from '../../../shared/domain/preferences';

/** The IANA zone times are shown in: the workstation's own, or UTC. */
export function zoneOf(choice: TimeZoneChoice): string {
  return choice === 'utc' ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, { parts: Intl.DateTimeFormat; offset: Intl.DateTimeFormat }>();

function formattersFor(zone: string) {
  let found = formatters.get(zone);
  if (!found) {
    found = {
      parts: new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        era: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
      offset: new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }),
    };
    formatters.set(zone, found);
  }
  return found;
}

/**
 * The zone's offset from UTC at that very instant, in minutes (daylight saving included); 0 past the
 * instants a Date holds (a day either side of them is looked at around the last one).
 */
export function offsetMinutesAt(ms: number, zone: string): number {
  if (Number.isNaN(new Date(ms).getTime())) return 0;
  const name = formattersFor(zone)
    .offset.formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The offset named for an instant: "UTC" in UTC, else "UTC+02:00" as the zone had it then. */
export function offsetLabel(ms: number, zone: string): string {
  if (zone === 'UTC') return 'UTC';
  const minutes = offsetMinutesAt(ms, zone);
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

/**
 * An era's year as ISO 8601 writes it: four digits at least ("0999"), and the years before the common era
 * counted back from 0 (1 BC is "0000", 2 BC "-0001").
 */
function isoYear(year: string, era: string): string {
  const astronomical = era === 'BC' ? 1 - Number(year) : Number(year);
  const digits = String(Math.abs(astronomical)).padStart(4, '0');
  return astronomical < 0 ? `-${digits}` : digits;
}

/** Wall-clock fields of an instant in a zone: "2026-03-29", "03:30:00", and its milliseconds, ".250" or "". */
function wallClock(ms: number, zone: string): { date: string; time: string; fraction: string } {
  const parts = formattersFor(zone).parts.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '00';
  const millis = ((ms % 1000) + 1000) % 1000;
  return {
    date: `${isoYear(part('year'), part('era'))}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}:${part('second')}`,
    fraction: millis > 0 ? `.${String(millis).padStart(3, '0')}` : '',
  };
}

/**
 * UTC on the wire, the chosen zone on screen, with the offset of that instant: "2026-03-29 03:30:00 UTC+02:00";
 * with `milliseconds`, those the instant holds too ("08:00:00.250"), for a range's bounds.
 */
export function formatTimestamp(iso: string, zone: string, milliseconds = false): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const { date, time, fraction } = wallClock(ms, zone);
  return `${date} ${time}${milliseconds ? fraction : ''} ${offsetLabel(ms, zone)}`;
}

/**
 * An ISO instant as a `datetime-local` input value, read in the zone: to the minute, or to the second or
 * millisecond the instant holds (a pinned range, a link), so the input shows exactly what is applied;
 * written as the browser writes such a value back.
 */
export function isoToInput(iso: string | undefined, zone: string): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  const { date, time, fraction } = wallClock(ms, zone);
  // The browser's own form of such a value: the fraction as short as it can be (`.25`, not `.250`).
  if (fraction) return `${date}T${time}${fraction.replace(/0+$/, '')}`;
  return `${date}T${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/**
 * The `step` of a `datetime-local` input holding `value`: fine enough for the seconds or milliseconds it
 * shows (the browser's default step is a minute, which would mark such a value invalid and hide them).
 */
export function inputStep(value: string): number | undefined {
  if (value.includes('.')) return 0.001;
  // The time after the date, whatever the digits of its year: seconds are held past "THH:MM".
  return value.slice(value.indexOf('T')).length > 'THH:MM'.length ? 1 : undefined;
}

/**
 * Why a `datetime-local` field that shows something holds no date (`validity.badInput`: a part of it left
 * empty, or a day its month has not, such as 30 February), naming the field ("The start", "Created from").
 * Its value is then empty, as a blank field's is, so a form says this instead of taking it for blank.
 */
export const unreadableInputProblem = (field: string): string =>
  `${field} is not a whole date and time: a part of it is empty, or the month has no such day.`;

const HALF_DAY_MS = 12 * 3_600_000;
// Years of four to six digits: a date field takes years up to 275760, and one past 9999 is read so that
// what is wrong with it can be said rather than the field taken for empty.
const INPUT = /^(\d{4,6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * A `datetime-local` value, meant in the zone, as an ISO instant in UTC, with the offset the zone had
 * at that instant (not today's). Around a daylight-saving change: a wall time that occurs twice reads
 * as the occurrence with the offset `near` had (the instant the field held before it was edited, so
 * changing the minutes of a time in the repeated hour keeps it in that hour), else as the first; one
 * skipped by the change reads as the same time after it (02:30 becomes 03:30). A day or time the
 * calendar has not (30 February, 24:00) reads as nothing, never as the day after.
 */
export function inputToIso(value: string, zone: string, near?: string): string | undefined {
  const match = INPUT.exec(value);
  if (!match) return undefined;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  // Set field by field: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const wall = date.getTime();
  if (Number.isNaN(wall)) return undefined;
  // Date rolls a field over (30 February is 2 March): a value that does not read back as written is no date.
  const written = [year, month - 1, day, hour, minute, second];
  const readBack = [
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  if (readBack.some((field, index) => field !== written[index])) return undefined;
  const before = offsetMinutesAt(wall - HALF_DAY_MS, zone);
  const after = offsetMinutesAt(wall + HALF_DAY_MS, zone);
  const fits = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((ms) => wall - ms === offsetMinutesAt(ms, zone) * 60_000);
  const nearMs = near === undefined ? Number.NaN : Date.parse(near);
  const nearOffset = Number.isNaN(nearMs) ? null : offsetMinutesAt(nearMs, zone);
  const kept = fits.find((ms) => nearOffset !== null && wall - ms === nearOffset * 60_000);
  if (kept !== undefined) return new Date(kept).toISOString();
  return new Date(fits.length > 0 ? Math.min(...fits) : wall - before * 60_000).toISOString();
}
