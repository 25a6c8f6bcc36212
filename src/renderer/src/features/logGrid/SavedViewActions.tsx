/**
 * `<SavedViewActions view views confirm onConfirm onSave onRename onDelete saveRefused />`: what can be done
 * to the active saved view: save the current filters and columns into it, rename it, delete it; saving and
 * deleting ask first. Saving is refused, with `saveRefused` as why, while the current query is not one to keep.
 */
import type { KeyboardEvent } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { SavedView } from '../../../../shared/domain/preferences';
import { RefusedAction } from '../../components/RefusedAction';
import { keepTabWithin } from '../../hooks/keepTabWithin';
import { useOpenedBy } from '../../hooks/useOpenedBy';
import { RenameViewForm } from './RenameViewForm';

export type Confirm =
  { kind: 'replace'; view: SavedView } | { kind: 'overwrite' } | { kind: 'rename' } | { kind: 'delete' };

interface SavedViewActionsProps {
  view: SavedView;
  /** The grid's saved views, `view` among them. */
  views: readonly SavedView[];
  confirm: Confirm | null;
  onConfirm: (confirm: Confirm | null) => void;
  onSave: () => void;
  /** Renames the view; answers why not when main refuses, or null once it is renamed. */
  onRename: (view: SavedView, name: string) => Promise<string | null>;
  onDelete: (view: SavedView) => void;
  /** Why the current query cannot be saved into the view now, or null when it can. */
  saveRefused?: string | null;
}

export function SavedViewActions({
  view,
  views,
  confirm,
  onConfirm,
  onSave,
  onRename,
  onDelete,
  saveRefused = null,
}: SavedViewActionsProps) {
  // Each question takes Escape, and gives the focus back to its button once answered; until then Tab and
  // Shift+Tab go round its answers and never leave it.
  const close = () => onConfirm(null);
  const answering = (onKey: (event: KeyboardEvent) => void) => (event: KeyboardEvent<HTMLElement>) => {
    keepTabWithin(event);
    onKey(event);
  };
  const { opener: saveOpener, onKeyDown: onSaveKey } = useOpenedBy(confirm?.kind === 'overwrite', close);
  const { opener: renameOpener, onKeyDown: onRenameKey } = useOpenedBy(confirm?.kind === 'rename', close);
  const { opener: deleteOpener, onKeyDown: onDeleteKey } = useOpenedBy(confirm?.kind === 'delete', close);
  // A name saved before hidden characters were refused is shown as the list shows it, each one by name.
  const shownName = showHiddenCharacters(view.name);
  // What keeps the view as it is takes the focus, so Enter by mistake replaces or deletes nothing.
  const cancel = (
    <button type="button" autoFocus onClick={close}>
      Cancel
    </button>
  );
  if (confirm?.kind === 'overwrite') {
    return (
      <span role="alertdialog" aria-label="Save view" className="confirm" onKeyDown={answering(onSaveKey)}>
        Replace the filters and columns of “{shownName}” with these?{' '}
        <button type="button" onClick={onSave}>
          Replace
        </button>{' '}
        {cancel}
      </span>
    );
  }
  if (confirm?.kind === 'delete') {
    return (
      <span role="alertdialog" aria-label="Delete view" className="confirm" onKeyDown={answering(onDeleteKey)}>
        Delete the view “{shownName}”?{' '}
        <button type="button" onClick={() => onDelete(view)}>
          Delete
        </button>{' '}
        {cancel}
      </span>
    );
  }
  if (confirm?.kind === 'rename') {
    return <RenameViewForm view={view} views={views} onRename={onRename} onCancel={close} onKeyDown={onRenameKey} />;
  }
  return (
    <span className="view-actions">
      {saveRefused ? (
        <RefusedAction label="Save to view" reason={saveRefused} />
      ) : (
        <button type="button" ref={saveOpener} onClick={() => onConfirm({ kind: 'overwrite' })}>
          Save to view
        </button>
      )}
      <button type="button" ref={renameOpener} onClick={() => onConfirm({ kind: 'rename' })}>
        Rename view…
      </button>
      <button type="button" ref={deleteOpener} onClick={() => onConfirm({ kind: 'delete' })}>
        Delete view
      </button>
    </span>
  );
}
