import { z } from 'zod';
import { Role } from './roles';

/** The journal's line format; a reader refuses lines of a newer one instead of misreading them. */
export const JOURNAL_FORMAT = 1;

/** The cluster index journal lines are copied to, where the operator may write to it. */
export const JOURNAL_INDEX = 'audit-console-journal';

/** `prev` of the first line: nothing came before it. */
export const JOURNAL_GENESIS = '0'.repeat(64);

/** Why an operator scoped to some clients does not read the journal, whatever their role. */
export const JOURNAL_SCOPED_REFUSAL =
  'The journal records what every operator did with every client, so an operator scoped to some clients does not read it; ask a console admin to read it for you.';

export const JournalOutcome = z.enum(['ok', 'refused', 'failed']);
export type JournalOutcome = z.infer<typeof JournalOutcome>;

/** One call an operator made: who, as what role, when, on which channel, asking what, and what came back. */
export const JournalCall = z.object({
  kind: z.literal('call'),
  operatorId: z.string(),
  operatorName: z.string(),
  role: Role,
  channel: z.string(),
  outcome: JournalOutcome,
  /** The error code of a refused or failed call. */
  code: z.string().optional(),
  /** The request field a validation refusal named. */
  field: z.string().optional(),
  /** The validated request (a LogQuery, a settings change), redacted and bounded in size. */
  request: z.unknown().optional(),
  /** What a request that failed validation looked like, instead of the request itself. */
  invalidRequest: z.unknown().optional(),
  /** Rows (a page of logs) or items (suggestions) returned. */
  rows: z.number().int().nonnegative().optional(),
  /** Buckets returned by a facet or histogram call. */
  buckets: z.number().int().nonnegative().optional(),
  /** The clients the request named explicitly, so the looks at one client can be found. */
  clientIds: z.array(z.string()).optional(),
});
export type JournalCall = z.infer<typeof JournalCall>;

/** Written at start after an unreadable last line (a write torn by a crash): links the chain past it. */
export const JournalFence = z.object({
  kind: z.literal('fence'),
  /** The line number of the unreadable line this fence closes. */
  fencedLine: z.number().int().positive(),
  /** SHA-256 of the last readable line before it, so the chain still runs through. */
  lastIntact: z.string().regex(/^[0-9a-f]{64}$/),
  reason: z.string(),
});
export type JournalFence = z.infer<typeof JournalFence>;

/** What the journal is asked to record; the journal adds the chain fields. */
export type JournalRecord = { at: string } & (JournalCall | JournalFence);

/**
 * One line of the journal file. `seq` is the line's number in the file; `prev` is the SHA-256 of the
 * previous line's exact text, so any edit, insertion or removal breaks the chain from there on.
 * `id` lets a copy of the line (a cluster index) be written once.
 */
export const JournalLine = z
  .object({
    v: z.literal(JOURNAL_FORMAT),
    seq: z.number().int().positive(),
    id: z.uuid(),
    at: z.iso.datetime(),
    prev: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .and(z.discriminatedUnion('kind', [JournalCall, JournalFence]));
export type JournalLine = z.infer<typeof JournalLine>;
