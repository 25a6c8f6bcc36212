import { z } from 'zod';
import { isSecretKey } from './secretKeys';
import { ACTIVITY_LOG_FIELDS, OPERATIONAL_LOG_FIELDS, type LogField } from '../query/logFields';
import { fieldNames, LOG_FIELDS, type StoredFieldOf } from '../query/fieldRoles';
import type { LogFamily } from '../query/logQuery';

const isStored = (field: LogField) => !field.within && !field.expandsTo;

/** Our field names per family (the fields a row is read from); a connection maps each to the cluster's path. */
export const OPERATIONAL_FIELDS = fieldNames<StoredFieldOf<typeof OPERATIONAL_LOG_FIELDS>>(
  OPERATIONAL_LOG_FIELDS,
  isStored,
);
export const ACTIVITY_FIELDS = fieldNames<StoredFieldOf<typeof ACTIVITY_LOG_FIELDS>>(ACTIVITY_LOG_FIELDS, isStored);

export type OperationalField = (typeof OPERATIONAL_FIELDS)[number];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/**
 * A cluster path a field is mapped to; an empty one maps nothing, so the field is left out instead. Never a
 * path with a secret key name in it (`metadata.password`): redaction hides values by the key they sit
 * under, so a field read from there would show them under its own name, and a search on it confirm them.
 */
const MappedPath = z
  .string()
  .min(1, 'A mapped field’s path is empty; type the cluster’s field or clear the mapping.')
  .superRefine((path, context) => {
    if (!path.split('.').some(isSecretKey)) return;
    const message = `'${path}' names a secret (its values are always redacted), so no field is read from it; map the field to another path or clear the mapping.`;
    context.addIssue({ code: 'custom', message });
  });

export const FieldMapping = z.object({
  operational: z.partialRecord(z.enum(OPERATIONAL_FIELDS), MappedPath),
  activity: z.partialRecord(z.enum(ACTIVITY_FIELDS), MappedPath),
});
export type FieldMapping = z.infer<typeof FieldMapping>;

/** The default mapping is the identity: the shapes of the source documents. */
export const DEFAULT_FIELD_MAPPING: FieldMapping = { operational: {}, activity: {} };

/**
 * The cluster's path for one of our fields, through the connection's mapping. A path inside another
 * field (`change.bulkId`) follows where that field is mapped (`diff.bulkId` when `change` maps to `diff`).
 */
export function clusterField(mapping: FieldMapping, family: LogFamily, field: string): string {
  const table: Partial<Record<string, string>> = mapping[family];
  const parent = LOG_FIELDS[family].table[field]?.within;
  if (parent) return `${clusterField(mapping, family, parent)}${field.slice(parent.length)}`;
  return table[field] ?? field;
}

export const DEFAULT_INDEX_PATTERNS: Readonly<Record<LogFamily, string>> = {
  operational: 'crm-operational-logs-*',
  activity: 'crm-client-activity-*',
};
