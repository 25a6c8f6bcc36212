/**
 * `<NewViewForm name onName problem label field onSave />`: the name field and button that save the current
 * query and columns as a new view. A name too long is kept as typed (never cut) and not saved until
 * shortened; the note beside the field says so, or says `problem` (what stopped the last try).
 */
import type { RefObject } from 'react';
import { ViewNameNote, viewNameLimit } from './ViewNameNote';

interface NewViewFormProps {
  name: string;
  onName: (name: string) => void;
  /** What stopped the last save (a blank name), or null. */
  problem: string | null;
  /** The button's words: "Save view", or "Save as new view" while a view is active. */
  label: string;
  field: RefObject<HTMLInputElement | null>;
  onSave: () => void;
}

export function NewViewForm({ name, onName, problem, label, field, onSave }: NewViewFormProps) {
  const { fits, note } = viewNameLimit(name);
  return (
    <>
      <input
        ref={field}
        aria-label="View name"
        placeholder="Name this view"
        aria-invalid={problem !== null || !fits || undefined}
        aria-describedby={problem !== null || note ? 'view-name-note' : undefined}
        value={name}
        onChange={(event) => onName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // The question this may bring takes the focus at once: the same Enter must not answer it.
          event.preventDefault();
          onSave();
        }}
      />
      <ViewNameNote id="view-name-note" name={name} problem={problem} />
      <button type="button" disabled={!fits} onClick={onSave}>
        {label}
      </button>
    </>
  );
}
