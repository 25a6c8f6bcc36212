import { z } from 'zod';

/** What happened to one value between before and after. */
export const DIFF_STATUSES = ['added', 'removed', 'changed', 'typeChanged', 'moved', 'unchanged'] as const;
export const DiffStatus = z.enum(DIFF_STATUSES);
export type DiffStatus = z.infer<typeof DiffStatus>;

export const VALUE_KINDS = ['string', 'number', 'boolean', 'null', 'object', 'array'] as const;
export const ValueKind = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof ValueKind>;

/** One side of a row: what kind of value it held and how it reads (null when hidden or names only). */
export const DiffCell = z.object({
  kind: ValueKind,
  /** A scalar as text, a container as its size (`3 fields`, `12 items`); null when not shown. */
  text: z.string().nullable(),
  /** Set when `text` is only the start of a longer value: the whole value's length in characters. */
  wholeLength: z.number().int().positive().optional(),
});
export type DiffCell = z.infer<typeof DiffCell>;

/**
 * One line of a side-by-side diff, in reading order: containers are followed by their rows one level
 * deeper. A side is null where the value is absent on it (added, removed).
 */
export const DiffRow = z.object({
  /** Path segments from the top of the change; array items as their index on the after side. */
  path: z.array(z.string()),
  depth: z.number().int().nonnegative(),
  /** The field name, or `[n]` for an array item. */
  label: z.string(),
  status: DiffStatus,
  before: DiffCell.nullable(),
  after: DiffCell.nullable(),
  /** A value redaction hides: shown as "changed, value hidden", never with its text. */
  hidden: z.boolean(),
  /** Rows deeper than this one follow (an object or array compared item by item). */
  container: z.boolean(),
  /** Where an array item was before and is after (moved items differ). */
  beforeIndex: z.number().int().nonnegative().nullable(),
  afterIndex: z.number().int().nonnegative().nullable(),
});
export type DiffRow = z.infer<typeof DiffRow>;

export const DiffSummary = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  typeChanged: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  hidden: z.number().int().nonnegative(),
});
export type DiffSummary = z.infer<typeof DiffSummary>;

/** A whole comparison: its rows (at most `MAX_DIFF_ROWS`), whether some were left out, and the counts. */
export const ChangeComparison = z.object({
  rows: z.array(DiffRow),
  /** Rows left out past the limit; the counts still cover them. */
  omittedRows: z.number().int().nonnegative(),
  summary: DiffSummary,
});
export type ChangeComparison = z.infer<typeof ChangeComparison>;

/** A comparison lists at most this many rows; a change larger than that says how many it left out. */
export const MAX_DIFF_ROWS = 20_000;
