import { z } from 'zod';
import { ColumnState, DisplayPreferences, GridId, SavedView } from '../domain/preferences';

export const GridColumnsRequest = z.object({ grid: GridId }).strict();
export const GridColumns = z.array(ColumnState);
export const SaveGridColumnsRequest = z.object({ grid: GridId, columns: z.array(ColumnState).max(50) }).strict();

export const ListViewsRequest = z.object({ grid: GridId }).strict();
export const SavedViews = z.array(SavedView);
/**
 * A view to keep. Without `id`: a new view, replacing one of the same name. With `id`: that view
 * changed in place (renamed, or its query and columns replaced), keeping its id; another view's name is refused.
 */
export const SaveViewRequest = SavedView.omit({ savedAt: true }).partial({ id: true }).strict();
export const DeleteViewRequest = z.object({ id: z.string().min(1).max(100) }).strict();
export const Done = z.object({ done: z.literal(true) });
export const ResetPreferencesRequest = z.object({}).strict();
/** The file name a damaged preferences file was kept under, or null when nothing was damaged. */
export const PreferencesReset = z.object({ keptAs: z.string().nullable() });
export { SavedView };

export const DisplayPreferencesRequest = z.object({}).strict();
export const SaveDisplayPreferencesRequest = DisplayPreferences;
export { DisplayPreferences };
