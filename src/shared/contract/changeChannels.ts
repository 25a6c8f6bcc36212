import { z } from 'zod';
import { ChangeComparison, DiffCell } from '../domain/changeDiff';
import { ClientActivity, MANAGER_ACTION_TYPES } from '../domain/clientActivity';
import { tooLong } from '../domain/tooLong';
import { idSecretProblem } from '../query/searchTextSecret';
import { channel, type ContractPart } from './channelDefinition';

/** An event, entity or bulk operation id as a change view is asked for it (and as its link holds it). */
export const ChangeId = z
  .string()
  .trim()
  .min(1, 'Give an id')
  .max(200, tooLong('The id'))
  .refine(
    (value) => ![...value].some((char) => char < ' ' || char === '\u007f'),
    'An id cannot hold control characters',
  )
  .superRefine((value, context) => {
    const problem = idSecretProblem(value, 'id', 'Check the id, or the data source it came from.');
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
const id = ChangeId;
const instant = z.iso.datetime({ offset: true });

/** One event of the activity log, by id: `#/diff/{eventId}`. */
export const ChangeRequest = z.object({ eventId: id }).strict();

/**
 * How an event's change is shown: side by side (`diff`), as the names of the changed fields only
 * (`namesOnly`: client profile edits, whose values are never shown), or not at all (`noDiff`: the
 * event carries no readable change, and `reason` says why).
 */
export const CHANGE_VIEWS = ['diff', 'namesOnly', 'noDiff'] as const;

export const ChangeView = z.object({
  /** The event itself, for the raw document view; a profile edit's values are left out of it. */
  event: ClientActivity,
  view: z.enum(CHANGE_VIEWS),
  /** Why no diff, or only names, can be shown: a sentence for the operator. */
  reason: z.string().nullable(),
  changedFields: z.array(z.string()),
  /** Sentences about a change that does not hold together (a field listed as changed with no values). */
  notes: z.array(z.string()),
  comparison: ChangeComparison.nullable(),
  /** Each side as indented JSON with secrets redacted, for the copy buttons; null when not shown. */
  copy: z.object({ before: z.string(), after: z.string() }).nullable(),
  /** The client's name as the operational logs give it, null when none does; the view names the client by it. */
  clientName: z.string().nullable(),
});
export type ChangeView = z.infer<typeof ChangeView>;
/** What one event says of its change, before the client's name is looked up. */
export type ChangeDescription = Omit<ChangeView, 'clientName'>;

/** Every edit of one target entity: `#/history/{type}/{id}`. */
export const EntityHistoryRequest = z.object({ targetType: id, targetId: id }).strict();

/** One field of the entity as the edits so far leave it; `value` null when hidden. */
export const DerivedField = z.object({
  field: z.string(),
  value: DiffCell.nullable(),
  hidden: z.boolean(),
  /** The edit that last set it. */
  setBy: z.string(),
});
export type DerivedField = z.infer<typeof DerivedField>;

/** A point where the log does not account for the entity's state: what the edits say and what they left. */
export const HistoryGap = z.object({
  field: z.string(),
  /** A sentence: what the previous edits left, what this one found, or why the state is unknown from here. */
  message: z.string(),
});
export type HistoryGap = z.infer<typeof HistoryGap>;

export const HistoryStep = z.object({
  eventId: z.string(),
  createdAt: instant,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  clientId: z.string(),
  eventName: z.string(),
  actionType: z.enum(MANAGER_ACTION_TYPES).nullable(),
  changedFields: z.array(z.string()),
  bulkId: z.string().nullable(),
  /** The entity's known fields after this edit. */
  state: z.array(DerivedField),
  /** Where this edit does not follow from the ones before it. */
  gaps: z.array(HistoryGap),
});
export type HistoryStep = z.infer<typeof HistoryStep>;

export const EntityHistory = z.object({
  target: z.object({ type: z.string(), id: z.string() }),
  /** Oldest first. */
  steps: z.array(HistoryStep),
  /** More edits exist than were read (the newest are missing); the count says how many were. */
  truncated: z.boolean(),
});
export type EntityHistory = z.infer<typeof EntityHistory>;

/** One bulk operation over many clients: `#/bulk/{bulkId}`. */
export const BulkChangeSetRequest = z.object({ bulkId: id }).strict();

export const BulkMember = z.object({
  clientId: z.string(),
  /** The name the operational logs give the client, or null when none does. */
  clientName: z.string().nullable(),
  eventId: z.string(),
  createdAt: instant,
  /** How this client's change differs from the rest of the set, or null when it does not. */
  difference: z.string().nullable(),
});
export type BulkMember = z.infer<typeof BulkMember>;

/** What the set changed, field by field: the values it set and how many clients each came from. */
export const BulkFieldChange = z.object({
  field: z.string(),
  /** The value most clients got; null when hidden. */
  to: DiffCell.nullable(),
  /** The values it replaced, each with how many clients had it (hidden values counted, not shown). */
  from: z.array(z.object({ value: DiffCell.nullable(), clients: z.number().int().nonnegative() })),
  /** The values replaced beyond those listed (the most common first), and how many clients had one of them. */
  otherFrom: z.object({ values: z.number().int().positive(), clients: z.number().int().positive() }).nullable(),
  hidden: z.boolean(),
});
export type BulkFieldChange = z.infer<typeof BulkFieldChange>;

export const BulkChangeSet = z.object({
  bulkId: z.string(),
  /** What the events say the set's size was, if they agree; else null. */
  declaredSize: z.number().int().nonnegative().nullable(),
  /** Its events and the distinct clients they name, counted over the whole operation, read or not. */
  events: z.number().int().nonnegative(),
  clients: z.number().int().nonnegative(),
  /** Who acted, most events first: over the whole operation, up to as many as a facet lists. */
  actors: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable(), events: z.number().int() })),
  /** People who acted in it beyond those in `actors`. */
  otherActors: z.number().int().nonnegative(),
  /** Its oldest and newest events' times, over the whole operation. */
  startedAt: instant,
  endedAt: instant,
  targetTypes: z.array(z.string()),
  fields: z.array(BulkFieldChange),
  members: z.array(BulkMember),
  /** Members whose change differs from the rest. */
  outliers: z.number().int().nonnegative(),
  /** Sentences about a set that does not hold together (sizes that disagree, several actors). */
  notes: z.array(z.string()),
  /** Only its first events, oldest first, were read: the members and fields are of those (an export reads all). */
  truncated: z.boolean(),
});
export type BulkChangeSet = z.infer<typeof BulkChangeSet>;

/** The channels of this part of the contract (see contract.ts). */
export const changeContract = {
  /** One event's change: side by side, names only (profile edits) or why it cannot be shown. */
  'changes/diff': channel({ request: ChangeRequest, response: ChangeView, permission: 'activity:read', audited: true }),
  /** Every edit of one target entity in order, with the state the edits leave and the gaps between them. */
  'changes/history': channel({
    request: EntityHistoryRequest,
    response: EntityHistory,
    permission: 'activity:read',
    audited: true,
  }),
  /** One bulk operation as one change set over its clients. */
  'changes/bulk': channel({
    request: BulkChangeSetRequest,
    response: BulkChangeSet,
    permission: 'activity:read',
    audited: true,
  }),
} satisfies ContractPart;
