import { z } from 'zod';
import { refuseInNamingText } from '../domain/paymentNumberProblem';
import { ColumnLayout, ColumnState, DisplayPreferences, GridId, SavedView, ViewId } from '../domain/preferences';
import { RequestLogQuery } from '../query/secretFilterValues';
import { UnreadableView } from '../domain/unreadableView';
import { channel, type ContractPart } from './channelDefinition';

export const GridColumnsRequest = z.object({ grid: GridId }).strict();
export const GridColumns = z.array(ColumnState);
export const SaveGridColumnsRequest = z.object({ grid: GridId, columns: ColumnLayout }).strict();

export const ListViewsRequest = z.object({ grid: GridId }).strict();
export const SavedViews = z.array(SavedView);
export const UnreadableViews = z.array(UnreadableView);
/**
 * A view to keep. Without `id`: a new view, replacing one of the same name (whatever its letters' case or
 * spacing, see `viewNameTaken.ts`). With `id`: that view changed in place (renamed, or its query and
 * columns replaced), keeping its id; another view's name is refused, and without `name` it keeps its
 * own as stored. A name given may not hold a character that hides or reorders text; one saved by an older
 * version is read back as it is, and the view is saved into by its id whatever its name holds. Its query's
 * filter values never hold a secret: the preferences file would keep it, and opening the view run it.
 */
export const SaveViewRequest = SavedView.omit({ savedAt: true })
  .partial({ id: true })
  .extend({
    name: SavedView.shape.name.superRefine(refuseInNamingText('The view name')).optional(),
    query: RequestLogQuery,
  })
  .strict()
  .refine((request) => request.id !== undefined || request.name !== undefined, {
    message: 'Give the view a name.',
    path: ['name'],
  });
/** `id` is a view's id, or the key of a view this version cannot open (see `UnreadableView`). */
export const DeleteViewRequest = z.object({ id: ViewId }).strict();
export const Done = z.object({ done: z.literal(true) });
export const ResetPreferencesRequest = z.object({}).strict();
/** The file name a damaged preferences file was kept under, or null when nothing was damaged. */
export const PreferencesReset = z.object({ keptAs: z.string().nullable() });
export { SavedView };

export const DisplayPreferencesRequest = z.object({}).strict();
export const SaveDisplayPreferencesRequest = DisplayPreferences;
export { DisplayPreferences };

/** The channels of this part of the contract (see contract.ts). */
export const preferenceContract = {
  'prefs/columns/get': channel({
    request: GridColumnsRequest,
    response: GridColumns,
    permission: 'app:read',
    audited: false,
  }),
  'prefs/columns/save': channel({
    request: SaveGridColumnsRequest,
    response: Done,
    permission: 'app:read',
    audited: false,
  }),
  /** How this operator likes things shown (local time or UTC), kept between sessions. */
  'prefs/display/get': channel({
    request: DisplayPreferencesRequest,
    response: DisplayPreferences,
    permission: 'app:read',
    audited: false,
  }),
  'prefs/display/save': channel({
    request: SaveDisplayPreferencesRequest,
    response: DisplayPreferences,
    permission: 'app:read',
    audited: false,
  }),
  'views/list': channel({ request: ListViewsRequest, response: SavedViews, permission: 'app:read', audited: false }),
  /** The grid's saved views this version cannot open as they are, each with what is wrong and what to do. */
  'views/unreadable': channel({
    request: ListViewsRequest,
    response: UnreadableViews,
    permission: 'app:read',
    audited: false,
  }),
  'views/save': channel({ request: SaveViewRequest, response: SavedView, permission: 'app:read', audited: false }),
  'views/delete': channel({ request: DeleteViewRequest, response: Done, permission: 'app:read', audited: false }),
  /** Keeps the operator's damaged preferences file aside so saving views works again; nothing is deleted. */
  'prefs/reset': channel({
    request: ResetPreferencesRequest,
    response: PreferencesReset,
    permission: 'app:read',
    audited: false,
  }),
} satisfies ContractPart;
