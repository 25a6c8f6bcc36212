import type { ActivityFilters, LogFamily, OperationalFilters } from '../../../shared/query/logQuery';
import { ACTIVITY_FIELDS, OPERATIONAL_FIELDS } from '../../../shared/domain/fieldMapping';

export type FilterKey = keyof OperationalFilters | keyof ActivityFilters;

/**
 * Where each filter of the query model lives, as our field name (the connection's field mapping turns it
 * into the cluster's). `category` has no field: it expands to the catalog's event names.
 */
export const FILTER_FIELDS: {
  readonly operational: Readonly<Record<keyof OperationalFilters, string>>;
  readonly activity: Readonly<Record<Exclude<keyof ActivityFilters, 'category'>, string>>;
} = {
  operational: {
    clientId: 'client.id',
    employeeId: 'employee.id',
    apiId: 'api.id',
    businessModel: 'businessModel',
    subModel: 'subModel',
    action: 'action',
    origin: 'origin',
    status: 'status',
    source: 'source',
    appInstance: 'appInstance',
    impactedTable: 'impactedTable',
  },
  activity: {
    clientId: 'clientId',
    actorType: 'actorType',
    actorId: 'actorId',
    sourceApp: 'sourceApp',
    eventName: 'eventName',
    targetType: 'change.target.type',
    targetId: 'change.target.id',
    bulkId: 'change.bulkId',
  },
};

/** The field a scoped operator's client ids restrict. */
export const SCOPE_FIELD: Readonly<Record<LogFamily, string>> = {
  operational: 'client.id',
  activity: 'clientId',
};

/** Analyzed text fields the free-text search runs over. */
export const TEXT_FIELDS: Readonly<Record<LogFamily, readonly string[]>> = {
  operational: ['description', 'error'],
  activity: ['message'],
};

/** Our fields read from `_source` to build a row, per family. */
export const SOURCE_FIELDS: Readonly<Record<LogFamily, readonly string[]>> = {
  operational: OPERATIONAL_FIELDS,
  activity: ACTIVITY_FIELDS,
};

/**
 * Fields a row cannot be built without (no neutral value fits their schema): if the index mapping lacks
 * one, the answer is a MAPPING_MISMATCH instead of rows with a gap.
 */
export const REQUIRED_FIELDS: Readonly<Record<LogFamily, readonly string[]>> = {
  operational: ['id', 'created', 'action', 'businessModel', 'origin', 'status', 'source'],
  activity: ['id', 'clientId', 'actorType', 'sourceApp', 'eventName', 'createdAt'],
};

/** The unique tiebreaker every sort ends with, so search_after never skips or repeats a row. */
export const TIEBREAKER_FIELD = 'id';
