import { z } from 'zod';
import { LogQuery } from '../query/logQuery';
import { RECENT_CLIENT_LIMIT, RecentClient } from './clientDirectory';
import { tooLong } from './tooLong';

/** One grid column as the operator left it. */
export const ColumnState = z.object({
  colId: z.string().min(1).max(100),
  width: z.number().int().min(20).max(4000).optional(),
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

/** The longest name a saved view may have. */
export const MAX_VIEW_NAME = 100;

/** A named query plus the columns it was saved with. */
export const SavedView = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(MAX_VIEW_NAME, tooLong('The view name')),
  grid: GridId,
  query: LogQuery,
  columns: z.array(ColumnState).max(50),
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
  columns: z.partialRecord(GridId, z.array(ColumnState).max(50)).default({}),
  views: z.array(SavedView).max(SAVED_VIEW_LIMIT).default([]),
  display: DisplayPreferences.default({ timeZone: 'local' }),
  /** The clients whose page the operator opened lately, newest first. */
  recentClients: z.array(RecentClient).max(RECENT_CLIENT_LIMIT).default([]),
});
export type OperatorPreferences = z.infer<typeof OperatorPreferences>;
