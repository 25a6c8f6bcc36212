import { MONTH_NAMES } from '../../../shared/query/calendarProblem';
import { inputToIso, isoToInput, offsetMinutesAt } from './formatTimestamp';

const MINUTE_MS = 60_000;
const HALF_DAY_MS = 12 * 60 * MINUTE_MS;

/** "2026-03-29" as "29 March 2026". */
const dayInWords = (date: string): string => {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
};

/** A wall time of the gap's edge: "02:00", or "00:00 on 31 December 2011" when it is not on the typed day. */
const edgeShown = (wall: string, typedDay: string): string =>
  wall.slice(0, 10) === typedDay ? wall.slice(11, 16) : `${wall.slice(11, 16)} on ${dayInWords(wall.slice(0, 10))}`;

/**
 * Why a `datetime-local` value names no instant in the zone, naming the field ("The start"): a time the
 * clocks skip when they go forward (02:30 on the night Europe/Berlin goes from 02:00 to 03:00), with the
 * times either side of the gap to type instead; null for any other value, however it reads. Such a time
 * is refused rather than moved silently to another one.
 */
export function skippedTimeProblem(field: string, value: string, zone: string): string | null {
  const iso = inputToIso(value, zone);
  // Read in UTC, a value is its wall time itself: the same instant means the same date and time.
  if (!iso || inputToIso(isoToInput(iso, zone), 'UTC') === inputToIso(value, 'UTC')) return null;
  // As `inputToIso` reads it: the offset half a day before the wall time is the one before the change,
  // and the instant it gave is after the change; the change is the first minute between them off that offset.
  const wallMs = Date.parse(inputToIso(value, 'UTC') ?? '');
  const before = offsetMinutesAt(wallMs - HALF_DAY_MS, zone);
  let low = Math.floor((wallMs - HALF_DAY_MS) / MINUTE_MS);
  let high = Math.ceil(Date.parse(iso) / MINUTE_MS);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMinutesAt(middle * MINUTE_MS, zone) === before) low = middle;
    else high = middle;
  }
  const changeMs = high * MINUTE_MS;
  const typedDay = value.slice(0, value.indexOf('T'));
  const from = edgeShown(new Date(changeMs + before * MINUTE_MS).toISOString(), typedDay);
  const to = edgeShown(isoToInput(new Date(changeMs).toISOString(), zone), typedDay);
  const typed = value.slice(value.indexOf('T') + 1);
  return (
    `${field}, ${typed} on ${dayInWords(typedDay)}, does not exist in ${zone}: the clocks went forward from ` +
    `${from} to ${to}. Type a time before ${from}, or ${to} or later.`
  );
}
