/**
 * `<SavedViewActions view confirm onConfirm onSave onRename onDelete />`: what can be done to the active
 * saved view: save the current filters and columns into it, rename it, delete it; saving and deleting
 * ask first.
 */
import { useState } from 'react';
import type { SavedView } from '../../../../shared/domain/preferences';

export type Confirm =
  { kind: 'replace'; view: SavedView } | { kind: 'overwrite' } | { kind: 'rename' } | { kind: 'delete' };

interface SavedViewActionsProps {
  view: SavedView;
  confirm: Confirm | null;
  onConfirm: (confirm: Confirm | null) => void;
  onSave: () => void;
  onRename: (view: SavedView, name: string) => void;
  onDelete: (view: SavedView) => void;
}

export function SavedViewActions({ view, confirm, onConfirm, onSave, onRename, onDelete }: SavedViewActionsProps) {
  const [name, setName] = useState(view.name);
  const cancel = (
    <button type="button" onClick={() => onConfirm(null)}>
      Cancel
    </button>
  );
  if (confirm?.kind === 'overwrite') {
    return (
      <span role="alertdialog" aria-label="Save view" className="confirm">
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
      <span role="alertdialog" aria-label="Delete view" className="confirm">
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
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onRename(view, name.trim());
        }}
      >
        <input
          aria-label="New name"
          autoFocus
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          Rename
        </button>{' '}
        {cancel}
      </form>
    );
  }
  return (
    <span className="view-actions">
      <button type="button" onClick={() => onConfirm({ kind: 'overwrite' })}>
        Save to view
      </button>
      <button
        type="button"
        onClick={() => {
          setName(view.name);
          onConfirm({ kind: 'rename' });
        }}
      >
        Rename view…
      </button>
      <button type="button" onClick={() => onConfirm({ kind: 'delete' })}>
        Delete view
      </button>
    </span>
  );
}
