import { ACTOR_TYPES, SOURCE_APPS } from '../domain/clientActivity';
import { EVENT_CATEGORIES, EVENT_NAMES_BY_CATEGORY } from '../domain/eventCatalog';
import {
  BUSINESS_MODELS,
  LOG_ORIGINS,
  LOG_STATUSES,
  OPERATIONAL_ACTIONS,
  REQUEST_SOURCES,
} from '../domain/operationalLog';

/** A filter on a field: its key in a LogQuery's filters (which also names its facet) and what it accepts. */
export interface FilterRole {
  key: string;
  /** A closed list of values (anything else is a malformed query); absent: any term. */
  values?: readonly string[];
  /** Its name in the renderer's URL, when that differs from the key. */
  param?: string;
  /**
   * Its values fall in groups named by another filter's values (sub models by business model): a
   * filter panel offers the groups of the values chosen there, and drops choices no group holds.
   */
  groupedBy?: { key: string; groups: Readonly<Record<string, readonly string[]>> };
}

/**
 * One field of a log family, by our name for it (its path in the domain document). Every role is an
 * optional property, so a field takes part in exactly what it says; both query compilers, the
 * renderer's filter keys and the tests read the roles from here.
 */
export interface LogField {
  /** What operators call it, in chips, legends and messages. */
  label: string;
  /**
   * What it holds when not a plain string: an instant (ISO on the wire, epoch milliseconds in the
   * embedded store, a date on the cluster) or a JSON object (kept whole as JSON text in the embedded store).
   */
  kind?: 'instant' | 'object';
  /** Its column in the embedded store; absent for a filter derived at query time. */
  column?: string;
  /** Documents may lack it; sorts put missing values last on both engines. */
  optional?: boolean;
  /** A row cannot be built without it: a cluster whose mapping lacks it is a mapping mismatch. */
  required?: boolean;
  /** A path inside another field of ours: mapped through that field's cluster path, never read on its own. */
  within?: string;
  /** Its values are ids of parties whose names another field of the same row holds (client.id: client.name). */
  namedBy?: string;
  filter?: FilterRole;
  /** Its values can be counted, as the facet named by its filter key. */
  facet?: boolean;
  sort?: boolean;
  /** Free text is searched in its words (see textWords). */
  text?: boolean;
  /** A scoped operator's client ids restrict it. */
  scope?: boolean;
  /** When the entry was logged: time ranges and histograms run on it. */
  time?: boolean;
  /** A filter derived at query time: each of its values stands for a group of another field's values. */
  expandsTo?: { field: string; groups: Readonly<Record<string, readonly string[]>> };
}

export type FieldTable = Readonly<Record<string, LogField>>;

export const OPERATIONAL_LOG_FIELDS = {
  id: { label: 'Id', column: 'id', required: true },
  created: { label: 'Created', kind: 'instant', column: 'created_ms', required: true, time: true, sort: true },
  action: {
    label: 'Action',
    column: 'action',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'action', values: OPERATIONAL_ACTIONS },
  },
  description: { label: 'Description', column: 'description', text: true },
  'client.id': {
    label: 'Client',
    column: 'client_id',
    namedBy: 'client.name',
    optional: true,
    scope: true,
    facet: true,
    filter: { key: 'clientId', param: 'client' },
  },
  'client.name': { label: 'Client name', column: 'client_name', optional: true, sort: true },
  'employee.id': {
    label: 'Employee',
    column: 'employee_id',
    namedBy: 'employee.name',
    optional: true,
    facet: true,
    filter: { key: 'employeeId', param: 'employee' },
  },
  'employee.name': { label: 'Employee name', column: 'employee_name', optional: true, sort: true },
  'api.id': {
    label: 'API',
    column: 'api_id',
    namedBy: 'api.name',
    optional: true,
    facet: true,
    filter: { key: 'apiId', param: 'api' },
  },
  'api.name': { label: 'API name', column: 'api_name', optional: true },
  businessModel: {
    label: 'Business model',
    column: 'business_model',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'businessModel' },
  },
  subModel: {
    label: 'Sub model',
    column: 'sub_model',
    optional: true,
    sort: true,
    facet: true,
    filter: { key: 'subModel', groupedBy: { key: 'businessModel', groups: BUSINESS_MODELS } },
  },
  origin: {
    label: 'Origin',
    column: 'origin',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'origin', values: LOG_ORIGINS },
  },
  status: {
    label: 'Status',
    column: 'status',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'status', values: LOG_STATUSES },
  },
  error: { label: 'Error', column: 'error', optional: true, text: true },
  relatedOperation: { label: 'Related operation', column: 'related_operation', optional: true },
  impactedTable: {
    label: 'Impacted table',
    column: 'impacted_table',
    optional: true,
    facet: true,
    filter: { key: 'impactedTable' },
  },
  source: {
    label: 'Source',
    column: 'source',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'source', values: REQUEST_SOURCES },
  },
  appInstance: {
    label: 'App instance',
    column: 'app_instance',
    sort: true,
    facet: true,
    filter: { key: 'appInstance' },
  },
  requestPath: { label: 'Request path', column: 'request_path' },
} as const satisfies FieldTable;

export const ACTIVITY_LOG_FIELDS = {
  id: { label: 'Id', column: 'id', required: true },
  createdAt: { label: 'Date', kind: 'instant', column: 'created_ms', required: true, time: true, sort: true },
  clientId: {
    label: 'Client',
    column: 'client_id',
    required: true,
    scope: true,
    facet: true,
    filter: { key: 'clientId', param: 'client' },
  },
  actorType: {
    label: 'Actor type',
    column: 'actor_type',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'actorType', values: ACTOR_TYPES },
  },
  actorId: {
    label: 'Actor',
    column: 'actor_id',
    namedBy: 'actorName',
    optional: true,
    facet: true,
    filter: { key: 'actorId' },
  },
  actorName: { label: 'Actor name', column: 'actor_name', optional: true },
  sourceApp: {
    label: 'Source app',
    column: 'source_app',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'sourceApp', values: SOURCE_APPS },
  },
  eventName: {
    label: 'Event',
    column: 'event_name',
    required: true,
    sort: true,
    facet: true,
    filter: { key: 'eventName' },
  },
  message: { label: 'Message', column: 'message', text: true },
  metadata: { label: 'Metadata', kind: 'object', column: 'metadata_json' },
  change: { label: 'Change', kind: 'object', column: 'change_json', optional: true },
  'change.target.type': {
    label: 'Target type',
    within: 'change',
    column: 'target_type',
    optional: true,
    facet: true,
    filter: { key: 'targetType' },
  },
  'change.target.id': {
    label: 'Target',
    within: 'change',
    column: 'target_id',
    optional: true,
    facet: true,
    filter: { key: 'targetId' },
  },
  'change.bulkId': {
    label: 'Bulk operation',
    within: 'change',
    column: 'bulk_id',
    optional: true,
    facet: true,
    filter: { key: 'bulkId' },
  },
  category: {
    label: 'Category',
    facet: true,
    filter: { key: 'category', values: EVENT_CATEGORIES },
    expandsTo: { field: 'eventName', groups: EVENT_NAMES_BY_CATEGORY },
  },
} as const satisfies FieldTable;

/** The unique field every sort ends with, so paging never skips or repeats a row. */
export const TIEBREAKER_FIELD = 'id';
