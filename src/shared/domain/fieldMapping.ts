import { z } from 'zod';
import type { LogFamily } from '../query/logQuery';

/** Our field names per family; a connection maps each to the cluster's own field path. */
export const OPERATIONAL_FIELDS = [
  'id',
  'created',
  'action',
  'description',
  'client.id',
  'client.name',
  'employee.id',
  'employee.name',
  'api.id',
  'api.name',
  'businessModel',
  'subModel',
  'origin',
  'status',
  'error',
  'relatedOperation',
  'impactedTable',
  'source',
  'appInstance',
  'requestPath',
] as const;

export const ACTIVITY_FIELDS = [
  'id',
  'clientId',
  'actorType',
  'actorId',
  'actorName',
  'sourceApp',
  'eventName',
  'message',
  'metadata',
  'createdAt',
  'change',
] as const;

export type OperationalField = (typeof OPERATIONAL_FIELDS)[number];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export const FieldMapping = z.object({
  operational: z.partialRecord(z.enum(OPERATIONAL_FIELDS), z.string().min(1)),
  activity: z.partialRecord(z.enum(ACTIVITY_FIELDS), z.string().min(1)),
});
export type FieldMapping = z.infer<typeof FieldMapping>;

/** The default mapping is the identity: the shapes of the source documents. */
export const DEFAULT_FIELD_MAPPING: FieldMapping = { operational: {}, activity: {} };

export function clusterField(mapping: FieldMapping, family: LogFamily, field: string): string {
  const table: Partial<Record<string, string>> = mapping[family];
  return table[field] ?? field;
}

export const DEFAULT_INDEX_PATTERNS: Readonly<Record<LogFamily, string>> = {
  operational: 'crm-operational-logs-*',
  activity: 'crm-client-activity-*',
};
