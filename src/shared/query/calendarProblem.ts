/** The months by name, as the console writes a date in words ("29 March 2026"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A written date, with the time after it when there is one: its parts as the text gives them. */
const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * What makes a written date and time one the calendar or the clock has not (30 February, month 13,
 * hour 25), as a reason a sentence gives after the value; null when every part is real or the text is
 * not written as a date at all. The browser reads such a value as another one (30 February as 2 March),
 * and the instant's schema alone would refuse it as no date and time at all: every page that reads a date
 * from a link, and the contract's period bounds, say this instead.
 */
export function calendarProblem(value: string): string | null {
  const parts = WRITTEN.exec(value);
  if (!parts) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts
    .slice(1)
    .map((part) => Number(part ?? 0));
  const monthName = MONTH_NAMES[month - 1];
  if (!monthName) return `there is no month ${month}; months run from 01 to 12`;
  if (day < 1 || day > daysIn(year, month)) return `${monthName} ${year} has no day ${day}`;
  if (hour > 23) return `there is no hour ${hour}; hours run from 00 to 23`;
  if (minute > 59) return `there is no minute ${minute}; minutes run from 00 to 59`;
  if (second > 59) return `there is no second ${second}; seconds run from 00 to 59`;
  return null;
}
