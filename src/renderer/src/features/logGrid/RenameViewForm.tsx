/**
 * `<RenameViewForm view views onRename onCancel onKeyDown />`: a new name for the active view, in place.
 * What stops the name (nothing but spaces, another view's name, a refusal from main) is said at the field,
 * which keeps the text as typed and the focus, and nothing is sent while the field says why not.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { SavedView } from '../../../../shared/domain/preferences';
import { BLANK_VIEW_NAME, ViewNameNote, viewNameLimit } from './ViewNameNote';
import { viewNameTaken } from '../../../../shared/domain/viewNameTaken';

interface RenameViewFormProps {
  view: SavedView;
  /** The grid's saved views, the renamed one among them. */
  views: readonly SavedView[];
  /** Renames the view; answers why not when main refuses, or null once it is renamed. */
  onRename: (view: SavedView, name: string) => Promise<string | null>;
  onCancel: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** Why `name` cannot be given to `view`, before asking main: nothing but spaces, or another view's name as a list shows it. */
function renameProblem(name: string, view: SavedView, views: readonly SavedView[]): string | null {
  const wanted = name.trim();
  if (!wanted) return BLANK_VIEW_NAME;
  return viewNameTaken(wanted, views, view.id);
}

export function RenameViewForm({ view, views, onRename, onCancel, onKeyDown }: RenameViewFormProps) {
  const [name, setName] = useState(view.name);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const { fits, note } = viewNameLimit(name);
  const refuse = (sentence: string) => {
    setProblem(sentence);
    field.current?.focus();
  };
  const submit = async () => {
    const found = renameProblem(name, view, views);
    if (found) return refuse(found);
    if (!fits) return;
    const refused = await onRename(view, name.trim());
    if (refused) refuse(refused);
  };
  return (
    <form
      aria-label="Rename view"
      className="confirm"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <input
        ref={field}
        aria-label="New name"
        autoFocus
        aria-invalid={problem !== null || !fits || undefined}
        aria-describedby={problem !== null || note ? 'rename-view-note' : undefined}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          // A sentence said goes as soon as the text changes; a clash is checked again on the next try.
          setProblem(null);
        }}
      />
      <ViewNameNote id="rename-view-note" name={name} problem={problem} />
      <button type="submit" disabled={!fits}>
        Rename
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
