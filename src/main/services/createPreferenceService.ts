import { randomUUID } from 'node:crypto';
import { ConsoleError } from '../../shared/contract/errors';
import { layoutOrDefault, SAVED_VIEW_LIMIT, type SavedView } from '../../shared/domain/preferences';
import type { Handlers } from '../router/createRouter';
import type { PreferencesStore } from '../preferences/PreferencesStore';

type PreferenceHandlers = Pick<
  Handlers,
  | 'prefs/columns/get'
  | 'prefs/columns/save'
  | 'prefs/display/get'
  | 'prefs/display/save'
  | 'views/list'
  | 'views/save'
  | 'views/delete'
  | 'prefs/reset'
>;

/** The views with `view` in the place of the one of its id; refused when that one is gone or another holds its name. */
function changedInPlace(views: readonly SavedView[], view: SavedView): SavedView[] {
  const at = views.findIndex((candidate) => candidate.id === view.id && candidate.grid === view.grid);
  if (at < 0) throw new ConsoleError('NOT_FOUND', 'That view no longer exists; save it as a new view.', 'id');
  const clash = views.find((other) => other.grid === view.grid && other.name === view.name && other.id !== view.id);
  if (clash) {
    throw new ConsoleError(
      'ALREADY_EXISTS',
      `Another view is already named “${clash.name}”; choose another name.`,
      'name',
    );
  }
  return views.map((candidate, index) => (index === at ? view : candidate));
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
    'views/save': async (request, { operator }) => {
      const view = { ...request, id: request.id ?? randomUUID(), savedAt: new Date().toISOString() };
      await store.update(
        operator.id,
        (current) => {
          if (request.id !== undefined) return { ...current, views: changedInPlace(current.views, view) };
          // A new view saved under an existing name replaces it.
          const others = current.views.filter((other) => other.grid !== view.grid || other.name !== view.name);
          if (others.length >= SAVED_VIEW_LIMIT) {
            throw new ConsoleError(
              'BAD_REQUEST',
              `You keep ${SAVED_VIEW_LIMIT} saved views, the most the console keeps for one operator; delete one to save another.`,
            );
          }
          return { ...current, views: [...others, view] };
        },
        `Your view “${view.name}” was not saved`,
      );
      return view;
    },
    'views/delete': async ({ id }, { operator }) => {
      await store.update(
        operator.id,
        (current) => ({ ...current, views: current.views.filter((view) => view.id !== id) }),
        'The view was not removed',
      );
      return { done: true };
    },
    'prefs/reset': async (_request, { operator }) => ({ keptAs: await store.setAsideDamaged(operator.id) }),
  };
}
