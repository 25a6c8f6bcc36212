import { z } from 'zod';
import { SOURCE_APPS } from './clientActivity';

/** The catalog events that open and close a client's session in an app. */
export const SESSION_EVENTS = {
  login: ['client.logged_in'],
  /** Signing up or recovering access: they lead into the login of the same visit. */
  preLogin: ['client.registered', 'client.password_reset_requested', 'client.password_restored'],
  logout: ['client.logged_out'],
  expiry: ['system.session_expired'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Whose activity a session is: the client's own in one source app (their events and the system's notices
 * about them), or one manager's visit to the client.
 */
export const SESSION_LANES = ['client', 'manager'] as const;
export type SessionLane = (typeof SESSION_LANES)[number];

/** Why a session started where it did. */
export const SESSION_START_REASONS = ['login', 'activity', 'loggingGap', 'rangeStart'] as const;
export type SessionStartReason = (typeof SESSION_START_REASONS)[number];

/** Why a session ended where it did. */
export const SESSION_END_REASONS = [
  'logout',
  'tokenExpiry',
  'newLogin',
  'inactivity',
  'loggingGap',
  'rangeEnd',
  'open',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export const SESSION_START_LABELS: Readonly<Record<SessionStartReason, string>> = {
  login: 'Login',
  activity: 'Activity after a pause',
  loggingGap: 'Resumed after a possible logging gap',
  rangeStart: 'Cut by the start of the time range (began earlier)',
};

export const SESSION_END_LABELS: Readonly<Record<SessionEndReason, string>> = {
  logout: 'Logout',
  tokenExpiry: 'Token expiry',
  newLogin: 'A new login',
  inactivity: 'Inactivity gap',
  loggingGap: 'Possible logging gap (the app went silent while others logged)',
  rangeEnd: 'Cut by the end of the time range (continues later)',
  open: 'Still open (last event less than the gap ago)',
};

export const DEFAULT_INACTIVITY_GAP_MINUTES = 30;
/** A day: a longer gap would merge whole days of a daily client into one session. */
export const MAX_INACTIVITY_GAP_MINUTES = 1_440;

const GAP_RULE = `The inactivity gap must be whole minutes from 1 to ${MAX_INACTIVITY_GAP_MINUTES.toLocaleString('en')} (24 hours)`;

/** The silence, in minutes, after which the next event in the same app starts a new session. */
export const InactivityGapMinutes = z
  .number({ error: GAP_RULE })
  .int({ error: GAP_RULE })
  .min(1, { error: GAP_RULE })
  .max(MAX_INACTIVITY_GAP_MINUTES, { error: GAP_RULE });

const Instant = z.iso.datetime({ offset: true });
const Count = z.number().int().nonnegative();

export const Session = z.object({
  /** Stable: the lane's key and the session's first event. */
  id: z.string().min(1),
  lane: z.enum(SESSION_LANES),
  sourceApp: z.enum(SOURCE_APPS),
  /** The manager of a manager lane; null for the client's own sessions. */
  manager: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  start: Instant,
  end: Instant,
  durationMs: Count,
  eventCount: Count,
  /** Events matching the query's event filters and text (all of them when it has none). */
  matchedCount: Count,
  firstEventId: z.string().min(1),
  lastEventId: z.string().min(1),
  startReason: z.enum(SESSION_START_REASONS),
  endReason: z.enum(SESSION_END_REASONS),
  /** From the first event of the session whose metadata names one. */
  device: z.string().nullable(),
  ip: z.string().nullable(),
});
export type Session = z.infer<typeof Session>;

/**
 * A stretch in which one app logged nothing for the client, longer than the gap, although the session
 * was never closed there and the client's other apps kept logging all along without a new login.
 */
export const LoggingGap = z.object({
  sourceApp: z.enum(SOURCE_APPS),
  /** The app's last event before the silence and its first after it. */
  from: Instant,
  to: Instant,
  lastEventId: z.string().min(1),
  nextEventId: z.string().min(1),
  /** Events the client's other apps logged meanwhile. */
  otherEvents: z.number().int().positive(),
});
export type LoggingGap = z.infer<typeof LoggingGap>;

export const SessionPage = z.object({
  sessions: z.array(Session),
  /** The possible logging gaps that end or start a session of this page. */
  gaps: z.array(LoggingGap),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Events read to build this page. */
  scannedEvents: Count,
  /**
   * The page stopped at its reading budget before it was full: the next page carries on from where
   * reading stopped (`reachedAt`), so a rare filter never scans a whole history in one call.
   */
  truncated: z.boolean(),
  /** How far in time reading got, for "searched back to …". */
  reachedAt: Instant.nullable(),
  gapMinutes: InactivityGapMinutes,
  tookMs: z.number().nonnegative(),
});
export type SessionPage = z.infer<typeof SessionPage>;
