import { showHiddenCharacters } from './hiddenCharacters';
import { namedAlike } from './namedAlike';
import type { SavedView } from './preferences';

type NamedView = Pick<SavedView, 'id' | 'name'>;

/**
 * The view of `views` (one grid's, not `ownId`, the view being renamed) that `name` names as a list shows
 * it, whatever its letters' case, width or spacing, or undefined: the view a new one of that name replaces.
 */
export function viewNamedAlike<V extends NamedView>(name: string, views: readonly V[], ownId?: string): V | undefined {
  return namedAlike(name, views, (view) => view.name, ownId);
}

/**
 * Why a view cannot be renamed to `name`, or null: another view of `views` (one grid's, not `ownId`) has
 * it, so the list of views would name two alike. Said the same at the field and by main.
 */
export function viewNameTaken(name: string, views: readonly NamedView[], ownId?: string): string | null {
  const other = viewNamedAlike(name, views, ownId);
  return other ? `Another view is already named “${showHiddenCharacters(other.name)}”; choose another name.` : null;
}
