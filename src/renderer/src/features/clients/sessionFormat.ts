import type { Session, SessionPage } from '../../../../shared/domain/sessions';

const MINUTE_MS = 60_000;

/** A session's length as read at a glance: under a minute, minutes, hours and minutes, or days and hours. */
export function sessionDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < MINUTE_MS) return 'under 1 min';
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** The line above a page of sessions: how many it holds, the gap that split them and the events read for them. */
export function sessionsSummary(page: Pick<SessionPage, 'sessions' | 'gapMinutes' | 'scannedEvents'>): string {
  return (
    `${page.sessions.length.toLocaleString()} sessions on this page · gap ${page.gapMinutes.toLocaleString()} min · ` +
    `${page.scannedEvents.toLocaleString()} events read`
  );
}

/** A session the range's edge cut: it may have begun before the range or ended after it. */
export const isCut = (session: Pick<Session, 'startReason' | 'endReason'>): boolean =>
  session.startReason === 'rangeStart' || session.endReason === 'rangeEnd';

/** A session bounded by a stretch where its app logged nothing while others did. */
export const gapMarked = (session: Pick<Session, 'startReason' | 'endReason'>): boolean =>
  session.startReason === 'loggingGap' || session.endReason === 'loggingGap';
