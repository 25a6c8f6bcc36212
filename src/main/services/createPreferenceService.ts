import { randomUUID } from 'node:crypto';
import { ConsoleError } from '../../shared/contract/errors';
import { layoutOrDefault, SAVED_VIEW_LIMIT, type SavedView } from '../../shared/domain/preferences';
import { viewNamedAlike, viewNameTaken } from '../../shared/domain/viewNameTaken';
import type { RequestOf } from '../../shared/contract/contract';
import type { Handlers } from '../router/createRouter';
import type { PreferencesStore } from '../preferences/PreferencesStore';

type PreferenceHandlers = Pick<
  Handlers,
  | 'prefs/columns/get'
  | 'prefs/columns/save'
  | 'prefs/display/get'
  | 'prefs/display/save'
  | 'views/list'
  | 'views/unreadable'
  | 'views/save'
  | 'views/delete'
  | 'prefs/reset'
>;

type SaveViewRequest = RequestOf<'views/save'>;

/** `views` with `view` in the place of the one of its id. */
const putInPlace = (views: readonly SavedView[], view: SavedView) =>
  views.map((candidate) => (candidate.id === view.id ? view : candidate));

/**
 * The views with `request`'s view in the place of the one of its id, keeping its name as stored (whatever
 * an older version let it hold) when none is given; refused when that one is gone or a name given is another's.
 */
function changedInPlace(views: readonly SavedView[], request: SaveViewRequest & { id: string }, savedAt: string) {
  const stored = views.find((candidate) => candidate.id === request.id && candidate.grid === request.grid);
  if (!stored) throw new ConsoleError('NOT_FOUND', 'That view no longer exists; save it as a new view.', 'id');
  const view: SavedView = { ...request, name: request.name ?? stored.name, savedAt };
  const grid = views.filter((other) => other.grid === view.grid);
  const taken = request.name === undefined ? null : viewNameTaken(request.name, grid, view.id);
  if (taken) throw new ConsoleError('ALREADY_EXISTS', taken, 'name');
  return { view, views: putInPlace(views, view) };
}

/**
 * The views with a new one named `name`; one of the same name (whatever its letters' case or spacing)
 * takes its query and columns instead, keeping its id and name, as the Replace question at the name field says.
 */
function addedOrReplaced(views: readonly SavedView[], request: SaveViewRequest, name: string, savedAt: string) {
  const same = viewNamedAlike(
    name,
    views.filter((other) => other.grid === request.grid),
  );
  if (same) {
    const view: SavedView = { ...request, id: same.id, name: same.name, savedAt };
    return { view, views: putInPlace(views, view) };
  }
  if (views.length >= SAVED_VIEW_LIMIT) {
    throw new ConsoleError(
      'BAD_REQUEST',
      `You keep ${SAVED_VIEW_LIMIT} saved views, the most the console keeps for one operator; delete one to save another.`,
    );
  }
  const view: SavedView = { ...request, id: randomUUID(), name, savedAt };
  return { view, views: [...views, view] };
}

/** Column layouts, display choices and saved views, each operator's own. */
export function createPreferenceService(store: PreferencesStore): PreferenceHandlers {
  return {
    'prefs/columns/get': async ({ grid }, { operator }) =>
      layoutOrDefault((await store.read(operator.id)).columns[grid] ?? []),
    'prefs/columns/save': async ({ grid, columns }, { operator }) => {
      await store.update(
        operator.id,
        (current) => ({ ...current, columns: { ...current.columns, [grid]: columns } }),
        'Your column layout was not saved',
      );
      return { done: true };
    },
    'prefs/display/get': async (_request, { operator }) => (await store.read(operator.id)).display,
    'prefs/display/save': async (display, { operator }) =>
      (await store.update(operator.id, (current) => ({ ...current, display }), 'Your time zone choice was not kept'))
        .display,
    'views/list': async ({ grid }, { operator }) =>
      (await store.read(operator.id)).views
        .filter((view) => view.grid === grid)
        .map((view) => ({ ...view, columns: layoutOrDefault(view.columns) })),
    'views/unreadable': async ({ grid }, { operator }) => store.unreadableViews(operator.id, grid),
    'views/save': async (request, { operator }) => {
      const savedAt = new Date().toISOString();
      let saved: SavedView | undefined;
      await store.update(
        operator.id,
        (current) => {
          const { id, name } = request;
          let changed: { view: SavedView; views: SavedView[] };
          if (id !== undefined) changed = changedInPlace(current.views, { ...request, id }, savedAt);
          else if (name !== undefined) changed = addedOrReplaced(current.views, request, name, savedAt);
          // The contract asks a name of every new view.
          else throw new ConsoleError('BAD_REQUEST', 'Give the view a name.', 'name');
          saved = changed.view;
          return { ...current, views: changed.views };
        },
        request.name === undefined ? 'Your view was not saved' : `Your view “${request.name}” was not saved`,
      );
      // Set by the change, which ran before the file was written.
      if (!saved) throw new ConsoleError('UNAVAILABLE', 'Your view was not saved; try again.');
      return saved;
    },
    'views/delete': async ({ id }, { operator }) => {
      await store.update(
        operator.id,
        (current) => ({ ...current, views: current.views.filter((view) => view.id !== id) }),
        'The view was not removed',
        id,
      );
      return { done: true };
    },
    'prefs/reset': async (_request, { operator }) => ({ keptAs: await store.setAsideDamaged(operator.id) }),
  };
}
