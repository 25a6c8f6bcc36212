import { ConsoleError } from '../../shared/contract/errors';
import { shownInSentence } from '../../shared/domain/shownInSentence';

/** Offsets only change on quarter hours (every zone's transitions fall on them), so they are cached by one. */
const QUARTER_HOUR_MS = 15 * 60_000;
const CACHE_LIMIT = 50_000;

export interface LocalTimeFormatter {
  /** The IANA zone, e.g. "Europe/Berlin". */
  readonly timeZone: string;
  /** "2026-10-31 14:05:09.123 +02:00": the wall-clock time in the zone with its offset named. */
  format(isoInstant: string): string;
}

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/** The zone the main process runs in: the operator's, on a workstation. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Formats instants in `timeZone`; an unknown zone is refused with a message naming it. */
export function createLocalTimeFormatter(timeZone: string): LocalTimeFormatter {
  let parts: Intl.DateTimeFormat;
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new ConsoleError(
      'BAD_REQUEST',
      `"${shownInSentence(timeZone)}" is not a time zone this console knows (e.g. Europe/Berlin).`,
      'timeZone',
    );
  }
  const offsets = new Map<number, number>();
  const offsetMinutes = (ms: number): number => {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    const cached = offsets.get(quarter);
    if (cached !== undefined) return cached;
    const field = Object.fromEntries(parts.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
    const wallClock = Date.UTC(
      Number(field.year),
      Number(field.month) - 1,
      Number(field.day),
      Number(field.hour),
      Number(field.minute),
      Number(field.second),
    );
    const minutes = Math.round((wallClock - Math.floor(ms / 1000) * 1000) / 60_000);
    if (offsets.size >= CACHE_LIMIT) offsets.clear();
    offsets.set(quarter, minutes);
    return minutes;
  };
  return {
    timeZone,
    format(isoInstant) {
      const ms = Date.parse(isoInstant);
      if (!Number.isFinite(ms)) return isoInstant;
      const minutes = offsetMinutes(ms);
      const local = new Date(ms + minutes * 60_000).toISOString();
      return `${local.slice(0, 10)} ${local.slice(11, 23)} ${offsetLabel(minutes)}`;
    },
  };
}
