/**
 * `<SavedViewActions view confirm onConfirm onSave onRename onDelete saveRefused />`: what can be done to
 * the active saved view: save the current filters and columns into it, rename it, delete it; saving and
 * deleting ask first. Saving is refused, with `saveRefused` as why, while the current query is not one to keep.
 */
import { useState } from 'react';
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { MAX_VIEW_NAME, type SavedView } from '../../../../shared/domain/preferences';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';
import { RefusedAction } from '../../components/RefusedAction';
import { useOpenedBy } from '../../hooks/useOpenedBy';

/**
 * Whether a view name fits, and what to say next to its field: a count near the limit, a sentence past it
 * or when it holds a character that hides or reorders text or a full card number or IBAN, as main would
 * refuse it.
 */
export function viewNameLimit(name: string): { fits: boolean; note: string | null } {
  const refused = namingTextProblems('The view name', name);
  if (refused.length > 0) return { fits: false, note: refused.join(' ') };
  const length = characterCount(name.trim());
  if (length > MAX_VIEW_NAME) {
    return {
      fits: false,
      note: `${tooLongSentence('The view name', MAX_VIEW_NAME, length)} Shorten it to save.`,
    };
  }
  return { fits: true, note: length >= MAX_VIEW_NAME - 20 ? `${length}/${MAX_VIEW_NAME}` : null };
}

/** The note of `viewNameLimit` next to a name field, tied to it by `id`. */
export function ViewNameNote({ id, name }: { id: string; name: string }) {
  const { fits, note } = viewNameLimit(name);
  if (!note) return null;
  return (
    <span id={id} className={fits ? 'muted' : 'error'} role={fits ? undefined : 'alert'}>
      {note}
    </span>
  );
}

export type Confirm =
  { kind: 'replace'; view: SavedView } | { kind: 'overwrite' } | { kind: 'rename' } | { kind: 'delete' };

interface SavedViewActionsProps {
  view: SavedView;
  confirm: Confirm | null;
  onConfirm: (confirm: Confirm | null) => void;
  onSave: () => void;
  onRename: (view: SavedView, name: string) => void;
  onDelete: (view: SavedView) => void;
  /** Why the current query cannot be saved into the view now, or null when it can. */
  saveRefused?: string | null;
}

export function SavedViewActions({
  view,
  confirm,
  onConfirm,
  onSave,
  onRename,
  onDelete,
  saveRefused = null,
}: SavedViewActionsProps) {
  const [name, setName] = useState(view.name);
  // Each question takes Escape, and gives the focus back to its button once answered.
  const close = () => onConfirm(null);
  const { opener: saveOpener, onKeyDown: onSaveKey } = useOpenedBy(confirm?.kind === 'overwrite', close);
  const { opener: renameOpener, onKeyDown: onRenameKey } = useOpenedBy(confirm?.kind === 'rename', close);
  const { opener: deleteOpener, onKeyDown: onDeleteKey } = useOpenedBy(confirm?.kind === 'delete', close);
  const cancel = (
    <button type="button" onClick={() => onConfirm(null)}>
      Cancel
    </button>
  );
  if (confirm?.kind === 'overwrite') {
    return (
      <span role="alertdialog" aria-label="Save view" className="confirm" onKeyDown={onSaveKey}>
        Replace the filters and columns of “{view.name}” with these?{' '}
        <button type="button" autoFocus onClick={onSave}>
          Replace
        </button>{' '}
        {cancel}
      </span>
    );
  }
  if (confirm?.kind === 'delete') {
    return (
      <span role="alertdialog" aria-label="Delete view" className="confirm" onKeyDown={onDeleteKey}>
        Delete the view “{view.name}”?{' '}
        <button type="button" autoFocus onClick={() => onDelete(view)}>
          Delete
        </button>{' '}
        {cancel}
      </span>
    );
  }
  if (confirm?.kind === 'rename') {
    return (
      <form
        aria-label="Rename view"
        className="confirm"
        onKeyDown={onRenameKey}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() && viewNameLimit(name).fits) onRename(view, name.trim());
        }}
      >
        <input
          aria-label="New name"
          autoFocus
          aria-invalid={!viewNameLimit(name).fits || undefined}
          aria-describedby={viewNameLimit(name).note ? 'rename-view-note' : undefined}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <ViewNameNote id="rename-view-note" name={name} />
        <button type="submit" disabled={!name.trim() || !viewNameLimit(name).fits}>
          Rename
        </button>{' '}
        {cancel}
      </form>
    );
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
      <button
        type="button"
        ref={renameOpener}
        onClick={() => {
          setName(view.name);
          onConfirm({ kind: 'rename' });
        }}
      >
        Rename view…
      </button>
      <button type="button" ref={deleteOpener} onClick={() => onConfirm({ kind: 'delete' })}>
        Delete view
      </button>
    </span>
  );
}
