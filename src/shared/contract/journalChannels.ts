import { z } from 'zod';
import { EMPTY_CLIENT_ID, refuseSecretClientId } from '../domain/clientDirectory';
import { refuseHiddenCharacters } from '../domain/hiddenCharacters';
import { JournalOutcome } from '../domain/journal';
import { Role } from '../domain/roles';
import { tooLong } from '../domain/tooLong';
import { trimTypedSpace } from '../domain/trimTypedSpace';
import { wholeNumber } from '../domain/wholeNumber';
import { periodBound, periodInOrder } from '../query/logQuery';
import { idSecretProblem } from '../query/searchTextSecret';
import { channel, Empty, type ContractPart } from './channelDefinition';

/**
 * Where the journal is read from: the cluster's journal index (every workstation that may write to
 * it), or this workstation's own file only.
 */
export const JournalOrigin = z.enum(['cluster', 'local']);
export type JournalOrigin = z.infer<typeof JournalOrigin>;

/** Where this console's journal lines go, and a sentence the screen shows about it. */
export const JournalStatus = z.object({
  destination: JournalOrigin,
  /** The cluster index the lines are copied to; null while they stay on this workstation. */
  index: z.string().nullable(),
  notice: z.string(),
});
export type JournalStatus = z.infer<typeof JournalStatus>;

const MAX_ENTRIES = 500;

/**
 * Text of at most `max` characters, without the space typed around it (a hidden character there is kept,
 * as typed). Past it, main refuses it in the sentence the form shows beside
 * the field: "The channel is too long: shorten it to at most 100 characters; this one has 150."
 */
function boundedText(subject: string, max: number) {
  return z.string().overwrite(trimTypedSpace).max(max, tooLong(subject));
}

/**
 * A filter's text holding a secret (a card number, a JWT) is refused in the sentence a client id holding one
 * gets: whether the journal names it would tell whether it is there. `name` says which filter.
 */
function refuseSecret(name: string, advice: string) {
  return (value: string, context: z.RefinementCtx): void => {
    const problem = idSecretProblem(value, name, advice);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
}

/** Main's refusal of a period whose start is after its end; a form says it in its own words instead. */
export const JOURNAL_PERIOD_REVERSED = 'The start of the period is after its end';

export const JournalSearchRequest = z
  .object({
    /**
     * Operator id or name, exact. Neither it nor a channel's name ever holds a character that hides or
     * reorders text: one typed or linked would match no line while the field looked as if it named one.
     */
    operator: boundedText('The operator', 256)
      .superRefine(refuseHiddenCharacters('The operator'))
      .superRefine(refuseSecret('operator', "Type the operator's id or name instead."))
      .optional(),
    channel: boundedText('The channel', 100)
      .superRefine(refuseHiddenCharacters('The channel'))
      .superRefine(refuseSecret('channel', 'Type the name of a channel instead, such as logs/search.'))
      .optional(),
    /**
     * Exact, as the client's record holds it: a client whose id holds a character that hides or reorders
     * text has journal lines too, and the journal page names each such character under the field, so the
     * filter never passes for another id. Never one holding a secret: whether the journal names it would
     * tell whether it is a client's.
     */
    clientId: boundedText('The client id', 256).superRefine(refuseSecretClientId).optional(),
    outcome: JournalOutcome.optional(),
    /** The period, both ends inclusive: instants with their offsets, taken as a time range's bounds are. */
    from: periodBound('The start of the period').optional(),
    to: periodBound('The end of the period').optional(),
    limit: wholeNumber('The number of lines', 1, MAX_ENTRIES).default(100),
  })
  .strict()
  .refine(periodInOrder, { message: JOURNAL_PERIOD_REVERSED, path: ['from'] });
export type JournalSearchRequest = z.infer<typeof JournalSearchRequest>;

/** One journal line as a reader sees it: who, as what, when, on which channel, and what came of it. */
export const JournalEntry = z.object({
  id: z.string(),
  at: z.string(),
  operatorId: z.string(),
  operatorName: z.string(),
  role: Role,
  channel: z.string(),
  outcome: JournalOutcome,
  code: z.string().nullable(),
  rows: z.number().int().nonnegative().nullable(),
  /** Buckets a facet or histogram call returned; such a call returns no rows. */
  buckets: z.number().int().nonnegative().nullable(),
  clientIds: z.array(z.string()),
  /** The request as the journal keeps it (redacted, bounded), as JSON text. */
  request: z.string().nullable(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalEntries = z.object({
  origin: JournalOrigin,
  /** Why the journal was read from where it was, for the screen. */
  notice: z.string(),
  entries: z.array(JournalEntry),
  /** More lines matched than were returned (the newest are returned). */
  truncated: z.boolean(),
});
export type JournalEntries = z.infer<typeof JournalEntries>;

export const ClientViewersRequest = z
  .object({ clientId: boundedText('The client id', 256).min(1, EMPTY_CLIENT_ID).superRefine(refuseSecretClientId) })
  .strict();

/** Who looked at one client: each operator once, with how often and when last. */
export const ClientViewers = z.object({
  origin: JournalOrigin,
  notice: z.string(),
  viewers: z.array(
    z.object({
      operatorId: z.string(),
      operatorName: z.string(),
      role: Role,
      looks: z.number().int().positive(),
      lastAt: z.string(),
    }),
  ),
});
export type ClientViewers = z.infer<typeof ClientViewers>;

/** The channels of this part of the contract (see contract.ts). */
export const journalContract = {
  /** Where this console's journal lines go: the cluster's journal index, or this workstation only. */
  'journal/status': channel({ request: Empty, response: JournalStatus, permission: 'app:read', audited: false }),
  /** The operators' journal, read only, filtered; reading it is journaled too. */
  'journal/search': channel({
    request: JournalSearchRequest,
    response: JournalEntries,
    permission: 'journal:read',
    audited: true,
  }),
  /** Who looked at one client, from the journal. */
  'journal/clientViewers': channel({
    request: ClientViewersRequest,
    response: ClientViewers,
    permission: 'journal:read',
    audited: true,
  }),
} satisfies ContractPart;
