import { z } from 'zod';
import { FINANCIAL_AND_CONTACT_GROUPS } from '../domain/riskRules';
import { SENSITIVE_GROUP_NAMES } from '../domain/sensitiveFields';
import { TimeRange } from '../query/logQuery';
import { channel, type ContractPart } from './channelDefinition';

const instant = z.iso.datetime({ offset: true });

/** Edits of a client's financial or contact fields within N hours before that client's withdrawal. */
export const EditsBeforeWithdrawalRequest = z
  .object({
    timeRange: TimeRange.optional(),
    hours: z
      .number({ error: 'Give the hours as a whole number from 1 to 720' })
      .int('Give the hours as a whole number from 1 to 720')
      .min(1, 'Give the hours as a whole number from 1 to 720')
      .max(720, 'Give the hours as a whole number from 1 to 720')
      .default(48),
    groups: z
      .array(z.enum(SENSITIVE_GROUP_NAMES))
      .min(1, 'Choose at least one group of fields')
      .default([...FINANCIAL_AND_CONTACT_GROUPS]),
  })
  .strict();

/** The name the operational logs give the client, as the rest of the console labels them; null when none does. */
const ClientName = z.string().nullable();

const EventRef = z.object({
  eventId: z.string(),
  createdAt: instant,
});

export const EditBeforeWithdrawal = z.object({
  rank: z.number().int().positive(),
  clientId: z.string(),
  clientName: ClientName,
  edit: EventRef.extend({
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    /** The edit's fields in the watched groups, and those groups. */
    fields: z.array(z.string()),
    groups: z.array(z.string()),
  }),
  withdrawal: EventRef.extend({ amount: z.number().nullable(), currency: z.string().nullable() }),
  msBetween: z.number().int().nonnegative(),
  /** The later edit that set every one of those fields back, if one did. */
  revertedBy: EventRef.nullable(),
});
export type EditBeforeWithdrawal = z.infer<typeof EditBeforeWithdrawal>;

export const EditsBeforeWithdrawal = z.object({
  rows: z.array(EditBeforeWithdrawal),
  /** Edits of the watched groups examined; `truncated` when more matched than were read. */
  edits: z.number().int().nonnegative(),
  truncated: z.boolean(),
  hours: z.number().int().positive(),
});
export type EditsBeforeWithdrawal = z.infer<typeof EditsBeforeWithdrawal>;

/** Edits at hours the manager does not otherwise work. */
export const OffHoursEditsRequest = z.object({ timeRange: TimeRange.optional() }).strict();

export const OffHoursEdit = z.object({
  rank: z.number().int().positive(),
  eventId: z.string(),
  createdAt: instant,
  clientId: z.string(),
  clientName: ClientName,
  actorId: z.string(),
  actorName: z.string().nullable(),
  changedFields: z.array(z.string()),
  /** The hour of the day it was made at, UTC. */
  hourUtc: z.number().int().min(0).max(23),
  /** The share of that manager's edits within two hours of that hour of the day (usual hours: 3% and up). */
  share: z.number().min(0).max(1),
});
export type OffHoursEdit = z.infer<typeof OffHoursEdit>;

export const ManagerHours = z.object({
  actorId: z.string(),
  actorName: z.string().nullable(),
  edits: z.number().int().nonnegative(),
  /** Hours of the day (UTC) this manager usually works; empty when there are too few edits to tell. */
  usualHoursUtc: z.array(z.number().int().min(0).max(23)),
});
export type ManagerHours = z.infer<typeof ManagerHours>;

export const OffHoursEdits = z.object({
  rows: z.array(OffHoursEdit),
  managers: z.array(ManagerHours),
  /** How many edits a manager needs before their usual hours are judged. */
  minimumEdits: z.number().int().positive(),
  edits: z.number().int().nonnegative(),
  truncated: z.boolean(),
});
export type OffHoursEdits = z.infer<typeof OffHoursEdits>;

/** The fewest clients a bulk operation may be asked to have changed, the most, and the default. */
export const BULK_MIN_CLIENTS = { min: 2, max: 100_000, default: 100 } as const;
const BULK_CLIENTS_RULE = `Give the number of clients as a whole number from ${BULK_MIN_CLIENTS.min} to ${BULK_MIN_CLIENTS.max.toLocaleString('en')}`;

/** Bulk operations over at least `minClients` clients, largest first. */
export const BulkOperationsRequest = z
  .object({
    timeRange: TimeRange.optional(),
    minClients: z
      .number({ error: BULK_CLIENTS_RULE })
      .int(BULK_CLIENTS_RULE)
      .min(BULK_MIN_CLIENTS.min, BULK_CLIENTS_RULE)
      .max(BULK_MIN_CLIENTS.max, BULK_CLIENTS_RULE)
      .default(BULK_MIN_CLIENTS.default),
  })
  .strict();

export const BulkOperationRow = z.object({
  rank: z.number().int().positive(),
  bulkId: z.string(),
  /** The distinct clients it changed: a client its events name twice (a retried member) counts once. */
  clients: z.number().int().nonnegative(),
  declaredSize: z.number().int().nonnegative().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  startedAt: instant,
  changedFields: z.array(z.string()),
});
export type BulkOperationRow = z.infer<typeof BulkOperationRow>;

export const BulkOperations = z.object({
  rows: z.array(BulkOperationRow),
  minClients: z.number().int().positive(),
  /** More operations may be this large than the list holds (it lists the largest fifty). */
  truncated: z.boolean(),
});
export type BulkOperations = z.infer<typeof BulkOperations>;

/** The channels of this part of the contract (see contract.ts). */
export const riskContract = {
  'risk/editsBeforeWithdrawal': channel({
    request: EditsBeforeWithdrawalRequest,
    response: EditsBeforeWithdrawal,
    permission: 'activity:read',
    audited: true,
  }),
  'risk/offHours': channel({
    request: OffHoursEditsRequest,
    response: OffHoursEdits,
    permission: 'activity:read',
    audited: true,
  }),
  'risk/bulkOperations': channel({
    request: BulkOperationsRequest,
    response: BulkOperations,
    permission: 'activity:read',
    audited: true,
  }),
} satisfies ContractPart;
