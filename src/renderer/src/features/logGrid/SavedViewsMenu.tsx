/**
 * `<SavedViewsMenu views unreadable active changed menu onChoose onLeave />`: the list of the grid's saved
 * views, choosing one or none (the default columns), the views this version cannot open listed after them
 * and not choosable; beside it, the active view's name, marked when changed since it was chosen or saved.
 */
import type { RefObject } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { SavedView } from '../../../../shared/domain/preferences';
import type { UnreadableView } from '../../../../shared/domain/unreadableView';
import type { ActiveView } from './activeView';
import { unreadableName } from './UnreadableViews';

interface SavedViewsMenuProps {
  views: readonly SavedView[];
  unreadable: readonly UnreadableView[];
  active: ActiveView | null;
  /** Whether the query or the columns shown differ from the active view's. */
  changed: boolean;
  menu: RefObject<HTMLSelectElement | null>;
  onChoose: (view: SavedView) => void;
  /** Back to no view. */
  onLeave: () => void;
}

export function SavedViewsMenu({ views, unreadable, active, changed, menu, onChoose, onLeave }: SavedViewsMenuProps) {
  return (
    <>
      <select
        ref={menu}
        aria-label="Saved views"
        value={active?.view.id ?? ''}
        onChange={(event) => {
          const view = views.find((candidate) => candidate.id === event.target.value);
          if (view) onChoose(view);
          else onLeave();
        }}
      >
        <option value="">{active ? 'No view (default columns)' : 'Saved views…'}</option>
        {views.map((view) => (
          <option key={view.id} value={view.id}>
            {showHiddenCharacters(view.name)}
          </option>
        ))}
        {unreadable.map((view) => (
          <option key={view.key} value={`unreadable:${view.key}`} disabled>
            {`${unreadableName(view)} (cannot be opened: see below)`}
          </option>
        ))}
      </select>
      {active && (
        <span className="active-view" data-testid="active-view" title={showHiddenCharacters(active.view.name)}>
          View: {showHiddenCharacters(active.view.name)}
          {changed ? ' (changed)' : ''}
        </span>
      )}
    </>
  );
}
