import type {
  ActivityFilters,
  ActivityQuery,
  LogFamily,
  OperationalFilters,
  OperationalQuery,
} from '../../../shared/query/logQuery';

export interface SortColumn {
  column: string;
  /** Nullable columns need the "missing values last" arms of the keyset condition. */
  nullable: boolean;
  /** How the cursor carries the value: dates as epoch ms, everything else as text. */
  kind: 'number' | 'string';
}

/** The column each filter (and facet) field reads. */
export const FILTER_COLUMNS: {
  operational: Readonly<Record<keyof OperationalFilters, string>>;
  activity: Readonly<Record<keyof ActivityFilters, string>>;
} = {
  operational: {
    clientId: 'client_id',
    employeeId: 'employee_id',
    apiId: 'api_id',
    businessModel: 'business_model',
    subModel: 'sub_model',
    action: 'action',
    origin: 'origin',
    status: 'status',
    source: 'source',
    appInstance: 'app_instance',
    impactedTable: 'impacted_table',
  },
  activity: {
    clientId: 'client_id',
    actorType: 'actor_type',
    actorId: 'actor_id',
    sourceApp: 'source_app',
    eventName: 'event_name',
    category: 'category',
    targetType: 'target_type',
    targetId: 'target_id',
    bulkId: 'bulk_id',
  },
};

const text = (column: string, nullable = false): SortColumn => ({ column, nullable, kind: 'string' });
const date: SortColumn = { column: 'created_ms', nullable: false, kind: 'number' };

export const SORT_COLUMNS: {
  operational: Readonly<Record<OperationalQuery['sort']['field'], SortColumn>>;
  activity: Readonly<Record<ActivityQuery['sort']['field'], SortColumn>>;
} = {
  operational: {
    created: date,
    action: text('action'),
    businessModel: text('business_model'),
    subModel: text('sub_model', true),
    origin: text('origin'),
    status: text('status'),
    'client.name': text('client_name', true),
    'employee.name': text('employee_name', true),
    source: text('source'),
    appInstance: text('app_instance'),
  },
  activity: {
    createdAt: date,
    eventName: text('event_name'),
    actorType: text('actor_type'),
    sourceApp: text('source_app'),
  },
};

/** The column a scope (the operator's clients) restricts, per family. */
export const SCOPE_COLUMN: Readonly<Record<LogFamily, string>> = {
  operational: 'client_id',
  activity: 'client_id',
};

export function filterColumn(family: LogFamily, field: string): string | undefined {
  const columns: Readonly<Partial<Record<string, string>>> = FILTER_COLUMNS[family];
  return Object.hasOwn(columns, field) ? columns[field] : undefined;
}

export function sortColumn(query: OperationalQuery | ActivityQuery): SortColumn {
  return query.family === 'operational'
    ? SORT_COLUMNS.operational[query.sort.field]
    : SORT_COLUMNS.activity[query.sort.field];
}
