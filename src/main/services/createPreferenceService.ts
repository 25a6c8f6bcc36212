import { randomUUID } from 'node:crypto';
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

/** Column layouts, display choices and saved views, each operator's own. */
export function createPreferenceService(store: PreferencesStore): PreferenceHandlers {
  return {
    'prefs/columns/get': async ({ grid }, { operator }) => (await store.read(operator.id)).columns[grid] ?? [],
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
      (await store.read(operator.id)).views.filter((view) => view.grid === grid),
    'views/save': async (request, { operator }) => {
      const view = { ...request, id: randomUUID(), savedAt: new Date().toISOString() };
      await store.update(
        operator.id,
        (current) => ({
          ...current,
          // A view saved under an existing name replaces it.
          views: [...current.views.filter((other) => other.grid !== view.grid || other.name !== view.name), view],
        }),
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
