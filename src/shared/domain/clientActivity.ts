import { z } from 'zod';

export const ACTOR_TYPES = ['client', 'manager', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const SOURCE_APPS = ['crm', 'tradersroom', 'terminal'] as const;
export type SourceApp = (typeof SOURCE_APPS)[number];

/** What a manager did to an entity of the client, per the CRM's manager-event rules. */
export const MANAGER_ACTION_TYPES = ['view', 'create', 'update', 'bulkUpdate'] as const;
export type ManagerActionType = (typeof MANAGER_ACTION_TYPES)[number];

const JsonObject = z.record(z.string(), z.unknown());

/**
 * The structured part of a manager event: what was touched and how it looked before and after.
 * `before`/`after` hold only the changed fields; a bulk operation shares one `bulkId` over many clients.
 */
export const ManagerChange = z.object({
  actionType: z.enum(MANAGER_ACTION_TYPES),
  target: z.object({ type: z.string().min(1), id: z.string().min(1) }),
  changedFields: z.array(z.string()),
  before: JsonObject,
  after: JsonObject,
  bulkId: z.string().nullable(),
  bulkSize: z.number().int().nonnegative().nullable(),
});
export type ManagerChange = z.infer<typeof ManagerChange>;

/** A `change` a producer wrote that is not a ManagerChange: kept as written, with why it cannot be read. */
export const ChangeIssue = z.object({ reason: z.string(), raw: z.unknown() });
export type ChangeIssue = z.infer<typeof ChangeIssue>;

export const ClientActivity = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  actorType: z.enum(ACTOR_TYPES),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  sourceApp: z.enum(SOURCE_APPS),
  eventName: z.string().min(1),
  message: z.string(),
  metadata: JsonObject,
  createdAt: z.iso.datetime({ offset: true }),
  /** Present on manager events only. */
  change: ManagerChange.nullable(),
  /** Present when the document's `change` could not be read (then `change` is null). */
  changeIssue: ChangeIssue.optional(),
});
export type ClientActivity = z.infer<typeof ClientActivity>;

/**
 * A producer's `change` as the console reads it: a ManagerChange, nothing, or (when it is neither) the
 * raw value with the first reason it does not fit, so one odd document never fails a whole page.
 */
export function readManagerChange(raw: unknown): Pick<ClientActivity, 'change' | 'changeIssue'> {
  if (raw === null || raw === undefined) return { change: null };
  const parsed = ManagerChange.safeParse(raw);
  if (parsed.success) return { change: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `change.${issue.path.join('.')}` : 'change';
  return { change: null, changeIssue: { reason: `${where}: ${issue?.message ?? 'not a change record'}`, raw } };
}
