import { z } from 'zod';
import { LOG_ORIGINS, LOG_STATUSES, OPERATIONAL_ACTIONS, REQUEST_SOURCES } from '../domain/operationalLog';
import { ACTOR_TYPES, SOURCE_APPS } from '../domain/clientActivity';
import { EVENT_CATEGORIES } from '../domain/eventCatalog';

export const LOG_FAMILIES = ['operational', 'activity'] as const;
export type LogFamily = (typeof LOG_FAMILIES)[number];

export const PAGE_SIZES = [10, 25, 50, 100] as const;

const values = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(500).optional();
const term = z.string().min(1).max(200);

/** Filters on the operational family: values OR within a field, fields AND together. */
export const OperationalFilters = z
  .object({
    clientId: values(term),
    employeeId: values(term),
    apiId: values(term),
    businessModel: values(term),
    subModel: values(term),
    action: values(z.enum(OPERATIONAL_ACTIONS)),
    origin: values(z.enum(LOG_ORIGINS)),
    status: values(z.enum(LOG_STATUSES)),
    source: values(z.enum(REQUEST_SOURCES)),
    appInstance: values(term),
    impactedTable: values(term),
  })
  .strict();
export type OperationalFilters = z.infer<typeof OperationalFilters>;

export const ActivityFilters = z
  .object({
    clientId: values(term),
    actorType: values(z.enum(ACTOR_TYPES)),
    actorId: values(term),
    sourceApp: values(z.enum(SOURCE_APPS)),
    eventName: values(term),
    category: values(z.enum(EVENT_CATEGORIES)),
    targetType: values(term),
    targetId: values(term),
    bulkId: values(term),
  })
  .strict();
export type ActivityFilters = z.infer<typeof ActivityFilters>;

export const RELATIVE_RANGES = ['15m', '1h', '24h', '7d', '30d', '90d', '1y'] as const;
export type RelativeRange = (typeof RELATIVE_RANGES)[number];

export const TimeRange = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('absolute'),
      from: z.iso.datetime({ offset: true }).optional(),
      to: z.iso.datetime({ offset: true }).optional(),
    })
    .strict()
    .refine((range) => !range.from || !range.to || range.from <= range.to, {
      message: 'The start of the time range is after its end',
    }),
  z.object({ kind: z.literal('relative'), last: z.enum(RELATIVE_RANGES) }).strict(),
]);
export type TimeRange = z.infer<typeof TimeRange>;

export const SortDirection = z.enum(['asc', 'desc']);

export const OPERATIONAL_SORT_FIELDS = [
  'created',
  'action',
  'businessModel',
  'subModel',
  'origin',
  'status',
  'client.name',
  'employee.name',
  'source',
  'appInstance',
] as const;
export const ACTIVITY_SORT_FIELDS = ['createdAt', 'eventName', 'actorType', 'sourceApp'] as const;

const common = {
  /** Free text over description/error (operational) or message (activity); case-insensitive. */
  text: z.string().trim().max(500).optional(),
  timeRange: TimeRange.optional(),
  pageSize: z.union(PAGE_SIZES.map((size) => z.literal(size))).default(50),
  /** Opaque position returned by the previous page; absent for the first page. */
  cursor: z.string().max(4000).optional(),
};

export const OperationalQuery = z
  .object({
    family: z.literal('operational'),
    filters: OperationalFilters.default({}),
    sort: z
      .object({ field: z.enum(OPERATIONAL_SORT_FIELDS), direction: SortDirection })
      .default({ field: 'created', direction: 'desc' }),
    ...common,
  })
  .strict();

export const ActivityQuery = z
  .object({
    family: z.literal('activity'),
    filters: ActivityFilters.default({}),
    sort: z
      .object({ field: z.enum(ACTIVITY_SORT_FIELDS), direction: SortDirection })
      .default({ field: 'createdAt', direction: 'desc' }),
    ...common,
  })
  .strict();

/** One query model for both log families and both engines (Elasticsearch, embedded store). */
export const LogQuery = z.discriminatedUnion('family', [OperationalQuery, ActivityQuery]);
export type LogQuery = z.infer<typeof LogQuery>;
export type LogQueryInput = z.input<typeof LogQuery>;
export type OperationalQuery = z.infer<typeof OperationalQuery>;
export type ActivityQuery = z.infer<typeof ActivityQuery>;

/** The date field each family sorts and filters time on. */
export const TIME_FIELD: Readonly<Record<LogFamily, 'created' | 'createdAt'>> = {
  operational: 'created',
  activity: 'createdAt',
};
