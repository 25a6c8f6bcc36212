import { z } from 'zod';
import { tooLong } from '../domain/tooLong';
import { tooMany } from '../domain/tooMany';
import { wholeNumber } from '../domain/wholeNumber';
import { calendarProblem } from './calendarProblem';
import { ACTIVITY_LOG_FIELDS, OPERATIONAL_LOG_FIELDS, type FieldTable } from './logFields';
import { fieldNames, type FiltersOf, type SortFieldOf } from './fieldRoles';
import { readPathValue } from './pathValue';
import { queryText } from './queryText';
import { outsideSupportedYears } from './timeRange';

export const LOG_FAMILIES = ['operational', 'activity'] as const;
export type LogFamily = (typeof LOG_FAMILIES)[number];

export const PAGE_SIZES = [10, 25, 50, 100] as const;

const term = z
  .string()
  .min(1, 'A filter value is empty; type a value or take it out of the filter.')
  .max(200, tooLong('The filter value'));
const pathValue = term.refine((value) => readPathValue(value) !== null, {
  message: 'Write a path and a value as path=value (for example status=active)',
});

/** The filters of a family, from its field table: values OR within a field, fields AND together. */
function filtersSchema<T extends FieldTable>(table: T): z.ZodType<FiltersOf<T>, FiltersOf<T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of Object.values(table)) {
    if (!field.filter) continue;
    const { key, values } = field.filter;
    const value = values ? z.enum(values as readonly [string, ...string[]]) : field.filter.pathValue ? pathValue : term;
    shape[key] = z
      .array(value)
      .min(1, 'A filter takes at least one value; give it one, or leave the filter out to match every value.')
      .max(500, tooMany('A filter', 'values', { verb: 'takes' }))
      .optional();
  }
  // The shape is built from the table at run time; FiltersOf<T> states the same keys and values as types.
  return z.object(shape).strict() as unknown as z.ZodType<FiltersOf<T>, FiltersOf<T>>;
}

export const OperationalFilters = filtersSchema(OPERATIONAL_LOG_FIELDS);
export type OperationalFilters = z.infer<typeof OperationalFilters>;

export const ActivityFilters = filtersSchema(ACTIVITY_LOG_FIELDS);
export type ActivityFilters = z.infer<typeof ActivityFilters>;

export const RELATIVE_RANGES = ['15m', '1h', '24h', '7d', '30d', '90d', '1y'] as const;
export type RelativeRange = (typeof RELATIVE_RANGES)[number];

/** The form an instant takes wherever one is typed or linked: a date and time with its offset. */
export const INSTANT_FORM = 'a date and time with its offset, such as 2026-10-01T00:00:00Z';
const NOT_AN_INSTANT = `Not ${INSTANT_FORM}`;
const Instant = z.iso.datetime({ offset: true, error: NOT_AN_INSTANT });

/** Whether a value is an instant as a time range's bound takes it. */
export const isInstant = (value: string): boolean => Instant.safeParse(value).success;

/**
 * Whether a value is an instant but for its year of six digits, as ISO 8601 writes years past 9999 or
 * before 0 (+020000-01-01T10:00:00Z is what a date field's year 20000 becomes).
 */
export const isExpandedYearInstant = (value: string): boolean =>
  /^[+-]\d{6}-/.test(value) && !Number.isNaN(Date.parse(value)) && isInstant(`2000${value.slice(7)}`);

/**
 * A period's start or end, wherever one is taken (a time range, the journal's period): an instant within
 * the years the console supports. `bound` names it in a refusal, such as "The start of the time range";
 * a year outside them is said as such, one of five or six digits too, and a day or time the calendar has
 * not (30 February, hour 25) by what it lacks, as every page that reads a link says it: never as no date at all.
 */
export const periodBound = (bound: string) =>
  z.string().superRefine((value, ctx) => {
    const outside = isInstant(value) || isExpandedYearInstant(value) ? outsideSupportedYears(value) : null;
    if (outside) ctx.addIssue({ code: 'custom', message: `${bound} is ${outside}` });
    else if (!isInstant(value)) {
      const impossible = calendarProblem(value);
      const message = impossible ? `${bound} is not a real date and time: ${impossible}` : NOT_AN_INSTANT;
      ctx.addIssue({ code: 'invalid_format', format: 'datetime', message });
    }
  });

/** Whether a period, either end open, starts no later than it ends: as instants, for 10:00+05:00 is before 06:00Z. */
export const periodInOrder = ({ from, to }: { from?: string | undefined; to?: string | undefined }): boolean =>
  !from || !to || Date.parse(from) <= Date.parse(to);

/** Why a time range whose start is after its end is refused. */
export const TIME_RANGE_REVERSED = 'The start of the time range is after its end';

export const TimeRange = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('absolute'),
      from: periodBound('The start of the time range').optional(),
      to: periodBound('The end of the time range').optional(),
    })
    .strict()
    .refine(periodInOrder, { message: TIME_RANGE_REVERSED }),
  z.object({ kind: z.literal('relative'), last: z.enum(RELATIVE_RANGES) }).strict(),
]);
export type TimeRange = z.infer<typeof TimeRange>;

export const SortDirection = z.enum(['asc', 'desc']);

const sortable = (field: { sort?: boolean }) => field.sort === true;
export const OPERATIONAL_SORT_FIELDS = fieldNames<SortFieldOf<typeof OPERATIONAL_LOG_FIELDS>>(
  OPERATIONAL_LOG_FIELDS,
  sortable,
);
export const ACTIVITY_SORT_FIELDS = fieldNames<SortFieldOf<typeof ACTIVITY_LOG_FIELDS>>(ACTIVITY_LOG_FIELDS, sortable);

/** How many rows a jump may pass over at once: far beyond any log a grid pages through. */
export const MAX_SKIP = 10_000_000;

/** The opaque position a page hands out for the next one; one past its length was never handed out. */
export const PagePosition = z.string().max(4000, tooLong('The page position', 'Start again from the first page.'));

const common = {
  /** Free text over description/error (operational) or message (activity); case-insensitive; none when blank (`queryText`). */
  text: z.string().trim().max(500, tooLong('The text')).transform(queryText).optional(),
  timeRange: TimeRange.optional(),
  pageSize: z.union(PAGE_SIZES.map((size) => z.literal(size))).default(50),
  /** Opaque position returned by the previous page; absent for the first page. */
  cursor: PagePosition.optional(),
  /**
   * Rows passed over after the cursor (or from the start) before this page: a jump to a later page.
   * Sources walk there on the same point in time, never with `from`/offset paging on the cluster.
   */
  skip: wholeNumber('The number of rows to skip', 0, MAX_SKIP).optional(),
};

export const OperationalQuery = z
  .object({
    family: z.literal('operational'),
    filters: OperationalFilters.default({}),
    /** Values a row must not have, per filter (rows without the field stay): "filter out this value". */
    exclude: OperationalFilters.optional(),
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
    /** Values a row must not have, per filter (rows without the field stay): "filter out this value". */
    exclude: ActivityFilters.optional(),
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
