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
});
export type ClientActivity = z.infer<typeof ClientActivity>;
