import { z } from 'zod';
import { LogQuery } from '../query/logQuery';
import { RECENT_CLIENT_LIMIT, RecentClient } from './clientDirectory';
import { tooLong } from './tooLong';
import { tooMany } from './tooMany';
import { wholeNumber } from './wholeNumber';

/** One grid column as the operator left it. */
export const ColumnState = z.object({
  colId: z
    .string()
    .min(1, 'A column’s id is empty; reset the columns and arrange them again.')
    .max(100, tooLong('A column’s id')),
  width: wholeNumber('A column’s width in pixels', 20, 4000).optional(),
  hide: z.boolean().optional(),
});
export type ColumnState = z.infer<typeof ColumnState>;

/**
 * A saved layout as a grid should apply it: one that hides every column it lists (saved before the
 * last shown column was kept) reads as no layout, the grid's default, so the grid never opens blank.
 */
export function layoutOrDefault(columns: readonly ColumnState[]): ColumnState[] {
  return columns.length > 0 && columns.every((column) => column.hide === true) ? [] : [...columns];
}

export const GRIDS = ['operational', 'activity', 'clientLogs'] as const;
export const GridId = z.enum(GRIDS);
export type GridId = z.infer<typeof GridId>;

/** A grid's columns as the operator left them: at most 50, far more than any grid has. */
export const ColumnLayout = z.array(ColumnState).max(50, tooMany('A grid’s layout', 'columns'));

/** The longest name a saved view may have. */
export const MAX_VIEW_NAME = 100;

/** The id a saved view was given; one past it was never given. */
export const ViewId = z
  .string()
  .min(1, 'The view id is empty; choose the view from the list of saved views.')
  .max(100, tooLong('The view id'));

/** A named query plus the columns it was saved with. */
export const SavedView = z.object({
  id: ViewId,
  name: z.string().trim().min(1, 'Give the view a name.').max(MAX_VIEW_NAME, tooLong('The view name')),
  grid: GridId,
  query: LogQuery,
  columns: ColumnLayout,
  savedAt: z.iso.datetime({ offset: true }),
});
export type SavedView = z.infer<typeof SavedView>;

/** Whether times show in the workstation's own zone (with each instant's offset) or in UTC. */
export const TimeZoneChoice = z.enum(['local', 'utc']);
export type TimeZoneChoice = z.infer<typeof TimeZoneChoice>;

/** How an operator likes things shown, in every view. */
export const DisplayPreferences = z.object({ timeZone: TimeZoneChoice.default('local') }).strict();
export type DisplayPreferences = z.infer<typeof DisplayPreferences>;

/** What one operator keeps between sessions: column layouts per grid, saved views, display, recent clients. */
/** The most saved views one operator keeps, over every grid. */
export const SAVED_VIEW_LIMIT = 200;

export const OperatorPreferences = z.object({
  columns: z.partialRecord(GridId, ColumnLayout).default({}),
  views: z.array(SavedView).max(SAVED_VIEW_LIMIT).default([]),
  display: DisplayPreferences.default({ timeZone: 'local' }),
  /** The clients whose page the operator opened lately, newest first. */
  recentClients: z.array(RecentClient).max(RECENT_CLIENT_LIMIT).default([]),
});
export type OperatorPreferences = z.infer<typeof OperatorPreferences>;
