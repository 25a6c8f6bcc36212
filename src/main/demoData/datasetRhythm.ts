import { weightTable, type SeededRandom } from './seededRandom';

const HOUR_MS = 3_600_000;

/** Relative client activity per local hour: quiet nights, a working-day plateau, an evening peak. */
const CLIENT_HOURS = weightTable(
  [
    0.35, 0.2, 0.12, 0.08, 0.08, 0.15, 0.4, 1.0, 1.8, 2.4, 2.6, 2.6, 2.5, 2.4, 2.3, 2.3, 2.4, 2.7, 3.0, 3.2, 3.0, 2.4,
    1.5, 0.8,
  ].map((weight, hour) => [hour, weight] as const),
);

/** Back-office hours (local to the office): 8 to 19 with a lunch dip. */
const OFFICE_HOURS = weightTable(
  [0, 0, 0, 0, 0, 0, 0, 0.05, 0.8, 2.4, 3.0, 3.0, 1.6, 1.8, 2.8, 2.8, 2.5, 1.6, 0.6, 0.1, 0, 0, 0, 0].map(
    (weight, hour) => [hour, weight] as const,
  ),
);

/** Client traffic by UTC weekday (Sunday first): trading clients rest at weekends. */
const CLIENT_WEEKDAY_FACTOR = [0.45, 1.05, 1.1, 1.1, 1.05, 0.95, 0.4] as const;
/** Office work by weekday: a skeleton weekend shift. */
const OFFICE_WEEKDAY_FACTOR = [0.1, 1, 1, 1, 1, 0.95, 0.15] as const;

/** The CRM's back office sits in one zone (UTC+2). */
export const OFFICE_UTC_OFFSET_HOURS = 2;

export function clientDayFactor(dayStartMs: number): number {
  return CLIENT_WEEKDAY_FACTOR[new Date(dayStartMs).getUTCDay()] ?? 1;
}

export function officeDayFactor(dayStartMs: number): number {
  return OFFICE_WEEKDAY_FACTOR[new Date(dayStartMs).getUTCDay()] ?? 1;
}

/** A moment of the given UTC day at which a client in `utcOffsetHours` is likely to be active. */
export function sampleClientMoment(random: SeededRandom, dayStartMs: number, utcOffsetHours: number): number {
  const localHour = random.weighted(CLIENT_HOURS);
  return dayStartMs + (localHour - utcOffsetHours) * HOUR_MS + Math.floor(random.next() * HOUR_MS);
}

/** A moment of the given UTC day within office hours. */
export function sampleOfficeMoment(random: SeededRandom, dayStartMs: number): number {
  const localHour = random.weighted(OFFICE_HOURS);
  return dayStartMs + (localHour - OFFICE_UTC_OFFSET_HOURS) * HOUR_MS + Math.floor(random.next() * HOUR_MS);
}
