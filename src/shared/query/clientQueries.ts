import type { ActorType, SourceApp } from '../domain/clientActivity';
import type { ActivityQuery } from './logQuery';

/**
 * One activity event as session grouping reads it: when, in which app, whose, which event, and the
 * connection its metadata names. Read in bulk, so only these fields travel.
 */
export interface ScannedActivity {
  id: string;
  atMs: number;
  sourceApp: SourceApp;
  actorType: ActorType;
  actorId: string | null;
  actorName: string | null;
  eventName: string;
  ip: string | null;
  device: string | null;
  /** Whether it matches the scan's `match` query; true when the scan has none. */
  matched: boolean;
}

/** A position in a scan: strictly after this event in the scan's order. */
export interface ScanPosition {
  atMs: number;
  id: string;
}

/**
 * A client's activity in time order, read by seeking on (time, id): no page ever skips or repeats an
 * event, and a scan never reads further than it is asked.
 */
export interface ActivityScan {
  clientId: string;
  /** Epoch-millisecond bounds, both inclusive; either may be open. */
  fromMs?: number;
  toMs?: number;
  /** Only these actors' events; every actor's when absent. */
  actorTypes?: readonly ActorType[];
  direction: 'asc' | 'desc';
  after?: ScanPosition;
  size: number;
  /** Marks the events matching this query's filters and text (its time range and cursor are not used). */
  match?: ActivityQuery;
}

/** The most scanned events one request returns, on either engine. */
export const MAX_SCAN_SIZE = 5_000;

export interface ValueCount {
  value: string;
  count: number;
}

/** Counts by name, most frequent first (ties by name), and the matches under names left out. */
export interface NameCounts {
  buckets: ValueCount[];
  otherCount: number;
}

/** How many event names a count lists before summing the rest. */
export const EVENT_NAME_LIMIT = 1_000;

/** One log family's facts about a client: in the time range, and its span over all time. */
export interface FamilyFacts {
  count: number;
  firstMs: number | null;
  lastMs: number | null;
  overallFirstMs: number | null;
  overallLastMs: number | null;
}

/** What both engines know about one client, for the client page's header. */
export interface ClientFacts {
  /** The name most of their operational logs give them (ties: the first in code-unit order). */
  name: string | null;
  /** The e-mail address most of their activity names (ties: the first in code-unit order). */
  email: string | null;
  operational: FamilyFacts;
  activity: FamilyFacts & {
    sourceApps: ValueCount[];
    actorTypes: ValueCount[];
    /** Managers who acted on the client in the range, most events first, with the name they logged. */
    managers: { id: string; name: string | null; count: number }[];
    otherManagers: number;
  };
}

/** What a lookup found before ranking: clients by a piece of their id, their name or their e-mail. */
export interface ClientCandidates {
  /** Operational parties whose id or name holds the text. */
  parties: { id: string; name: string | null; count: number }[];
  /** Activity client ids holding the text. */
  activityIds: { id: string; count: number }[];
  /** E-mail addresses holding the text, with the client that logged each most. */
  emails: { id: string; email: string; count: number }[];
}

/** Names, addresses and log counts of the candidates, for ranking them. */
/** A client id and the name the operational logs most often give it (null when none does). */
export interface ClientName {
  id: string;
  name: string | null;
}

export interface ClientDetails {
  id: string;
  name: string | null;
  email: string | null;
  count: number;
}

/** How many candidates each kind of match contributes before ranking. */
export const CANDIDATE_LIMIT = 10;
