import { z } from 'zod';
import { ACTOR_TYPES, SOURCE_APPS } from './clientActivity';
import { EVENT_CATEGORIES } from './eventCatalog';
import { idSecretProblem } from '../query/searchTextSecret';
import { tooLong } from './tooLong';

/** How the console refuses a client id that is empty, or only spaces. */
export const EMPTY_CLIENT_ID = 'A client id cannot be empty';

/**
 * Refuses, as part of a request's shape, a client id that holds a secret (a card number, a JWT): no
 * client's id is one (redaction withholds it wherever the logs hold it), and a look-up of it would only
 * tell whether it is there. Every request naming a client id says it in this one sentence.
 */
export function refuseSecretClientId(id: string, context: z.RefinementCtx): void {
  const problem = idSecretProblem(id, 'client id', 'Check the id, or look the client up by name or e-mail address.');
  if (problem) context.addIssue({ code: 'custom', message: problem });
}

/** A client id as typed or deep-linked: trimmed, no control characters, no secret (never looked up), of a sane length. */
export const ClientId = z
  .string()
  .trim()
  .min(1, { error: EMPTY_CLIENT_ID })
  .max(200, tooLong('The client id'))
  .refine((id) => ![...id].some((char) => char < ' ' || char === '\u007f'), {
    error: 'A client id cannot hold control characters',
  })
  .superRefine(refuseSecretClientId);

/**
 * The text a client lookup searches for, as typed: trimmed, each run of spaces one space, so
 * "  Aisha   Georgiou " finds the client named "Aisha Georgiou" on either engine.
 */
export function clientSearchText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How a client was found: by a piece of their id, their name or their e-mail address. */
export const CLIENT_MATCH_KINDS = ['id', 'name', 'email'] as const;

export const ClientMatch = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  email: z.string().nullable(),
  matchedOn: z.enum(CLIENT_MATCH_KINDS),
  /** Operational and activity logs naming the client. */
  logCount: z.number().int().nonnegative(),
});
export type ClientMatch = z.infer<typeof ClientMatch>;

/** How many clients a lookup offers, on either engine. */
export const CLIENT_MATCH_LIMIT = 10;
/** How many managers a header lists; more are counted. */
export const CLIENT_MANAGER_LIMIT = 100;

const Instant = z.iso.datetime({ offset: true });
const Count = z.number().int().nonnegative();
const Span = z.object({ first: Instant.nullable(), last: Instant.nullable() });

/** What the client page's header says about one client for a time range. */
export const ClientSummary = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  email: z.string().nullable(),
  /** The time range as resolved (relative ranges against the console's clock); null ends are open. */
  range: z.object({ from: Instant.nullable(), to: Instant.nullable() }),
  operational: z.object({ count: Count, inRange: Span, overall: Span }),
  /** Null when the operator's role does not show client activity. */
  activity: z
    .object({
      count: Count,
      inRange: Span,
      overall: Span,
      sourceApps: z.array(z.object({ sourceApp: z.enum(SOURCE_APPS), count: Count })),
      actorTypes: z.array(z.object({ actorType: z.enum(ACTOR_TYPES), count: Count })),
      /** Every catalog category, in catalog order, with its events in the range. */
      categories: z.array(z.object({ category: z.enum(EVENT_CATEGORIES), count: Count })),
      /** Events whose names the catalog does not know. */
      uncatalogued: Count,
      managers: z.array(z.object({ id: z.string(), name: z.string().nullable(), count: Count })),
      /** Managers beyond the first CLIENT_MANAGER_LIMIT, by how many events. */
      otherManagers: Count,
    })
    .nullable(),
  /** First and last seen over both log families, in the range and over all time. */
  firstSeen: Instant.nullable(),
  lastSeen: Instant.nullable(),
  overall: Span,
});
export type ClientSummary = z.infer<typeof ClientSummary>;

/** A client the operator opened lately, newest first. */
export const RecentClient = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(300).nullable(),
  openedAt: Instant,
});
export type RecentClient = z.infer<typeof RecentClient>;
/** How many recently opened clients are kept. */
export const RECENT_CLIENT_LIMIT = 12;

/** One catalog event with how often it occurs among a query's matches. */
export const CoverageEvent = z.object({
  eventName: z.string().min(1),
  label: z.string(),
  category: z.enum(EVENT_CATEGORIES),
  icon: z.string(),
  actorType: z.enum(ACTOR_TYPES),
  count: Count,
});

/** Logging coverage: every catalog event with its count (zero is a gap), and names the catalog lacks. */
export const Coverage = z.object({
  total: Count,
  events: z.array(CoverageEvent),
  /** Catalog events that never occur: possible logging gaps. */
  missing: Count,
  uncatalogued: z.array(z.object({ eventName: z.string(), count: Count })),
  /** Events under names beyond the listing limit, neither listed nor counted above. */
  otherCount: Count,
});
export type Coverage = z.infer<typeof Coverage>;
