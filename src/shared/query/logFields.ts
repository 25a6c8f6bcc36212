import { ACTOR_TYPES, MANAGER_ACTION_TYPES, SOURCE_APPS } from '../domain/clientActivity';
import { EVENT_CATEGORIES, EVENT_NAMES_BY_CATEGORY } from '../domain/eventCatalog';
import {
  BUSINESS_MODELS,
  LOG_ORIGINS,
  LOG_STATUSES,
  OPERATIONAL_ACTIONS,
  REQUEST_SOURCES,
} from '../domain/operationalLog';
import { SENSITIVE_FIELD_GROUPS, SENSITIVE_GROUP_NAMES } from '../domain/sensitiveFields';

/** A filter on a field: its key in a LogQuery's filters (which also names its facet) and what it accepts. */
export interface FilterRole {
  key: string;
  /** A closed list of values (anything else is a malformed query); absent: any term. */
  values?: readonly string[];
  /** Its name in the renderer's URL, when that differs from the key. */
  param?: string;
  /**
   * Its values are `path=value` (`status=active`): a value compared exactly at one path inside the
   * field (a `leaves` field), so a filter can ask what a change's before or after held at a field.
   */
  pathValue?: true;
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
   * embedded store, a date on the cluster), a JSON object (kept whole as JSON text in the embedded
   * store), a list of strings (a filter matches when any item is among its values), or a JSON object
   * searched leaf by leaf (`leaves`: as the cluster's flattened type indexes it, every scalar under its
   * dotted path, arrays looked through; the embedded store keeps the `[path, value]` pairs).
   */
  kind?: 'instant' | 'object' | 'list' | 'leaves';
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
  id: { label: 'Id', column: 'id', required: true, filter: { key: 'eventId', param: 'event' } },
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
  relatedOperation: { label: 'Related operation', column: 'related_operation', optional: true, sort: true },
  impactedTable: {
    label: 'Impacted table',
    column: 'impacted_table',
    optional: true,
    sort: true,
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
  requestPath: { label: 'Request path', column: 'request_path', sort: true },
} as const satisfies FieldTable;

export const ACTIVITY_LOG_FIELDS = {
  id: { label: 'Id', column: 'id', required: true, filter: { key: 'eventId', param: 'event' } },
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
  // What producers log about the client's connection and identity, where sessions and lookups read them.
  'metadata.email': { label: 'E-mail', within: 'metadata', column: 'meta_email', optional: true },
  'metadata.ip': { label: 'IP address', within: 'metadata', column: 'meta_ip', optional: true },
  'metadata.device': { label: 'Device', within: 'metadata', column: 'meta_device', optional: true },
  change: { label: 'Change', kind: 'object', column: 'change_json', optional: true },
  'change.actionType': {
    label: 'Change type',
    within: 'change',
    column: 'action_type',
    optional: true,
    facet: true,
    filter: { key: 'changeType', values: MANAGER_ACTION_TYPES },
  },
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
  'change.changedFields': {
    label: 'Changed field',
    within: 'change',
    kind: 'list',
    column: 'changed_fields',
    optional: true,
    filter: { key: 'changedField', param: 'changed' },
  },
  'change.before': {
    label: 'Changed from',
    within: 'change',
    kind: 'leaves',
    column: 'before_leaves',
    optional: true,
    filter: { key: 'changedFrom', pathValue: true },
  },
  'change.after': {
    label: 'Changed to',
    within: 'change',
    kind: 'leaves',
    column: 'after_leaves',
    optional: true,
    filter: { key: 'changedTo', pathValue: true },
  },
  sensitiveChange: {
    label: 'Sensitive field changed',
    filter: { key: 'sensitive', values: SENSITIVE_GROUP_NAMES },
    expandsTo: { field: 'change.changedFields', groups: SENSITIVE_FIELD_GROUPS },
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
