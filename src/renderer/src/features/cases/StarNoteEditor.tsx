import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { refusalSentenceOf } from '../../../../shared/contract/errors';
import type { StarredEvent } from '../../../../shared/domain/investigationCase';
import { useApi } from '../../api/ApiContext';
import { starNoteProblem } from './starNoteProblem';
import './starNoteEditor.css';

/** What an edit of a note did: saved, or it was the note the star holds and nothing was written. */
export type NoteEditOutcome = 'edited' | 'unchanged';

interface StarNoteEditorProps {
  caseId: string;
  star: StarredEvent;
  /** The event as its line names it: “summary” (id). */
  event: string;
  onSaved: (outcome: NoteEditOutcome) => void;
  onCancel: () => void;
  /** `useOpenedBy`'s: Escape cancels, and the focus goes back to Edit note. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * A star's note in place, to correct it: a blank note clears it. What main would refuse (a card number, a
 * hidden character, a note too long) is said beside the field as it is typed, and a refusal from main
 * (the star unstarred meanwhile) too; the text typed stays in the field either way.
 */
export function StarNoteEditor({ caseId, star, event, onSaved, onCancel, onKeyDown }: StarNoteEditorProps) {
  const api = useApi();
  const [note, setNote] = useState(star.note);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const problemId = useId();
  const problem = starNoteProblem(note) ?? refusal;
  const save = async (submitted: FormEvent) => {
    submitted.preventDefault();
    if (saving) return;
    if (problem) {
      field.current?.focus();
      return;
    }
    setSaving(true);
    const result = await api.editStarNote({ caseId, starId: star.id, note });
    setSaving(false);
    if (result.ok) {
      onSaved(result.data.outcome);
      return;
    }
    setRefusal(refusalSentenceOf(result));
    field.current?.focus();
  };
  return (
    <form
      aria-label={`Edit the note of ${event}`}
      className="star-note-editor"
      noValidate
      onSubmit={(submitted) => void save(submitted)}
      onKeyDown={onKeyDown}
    >
      <label className="star-note-editor-field">
        Note
        <textarea
          ref={field}
          value={note}
          dir="auto"
          rows={4}
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(typed) => {
            setNote(typed.target.value);
            setRefusal(null);
          }}
        />
      </label>
      {problem && (
        <p id={problemId} role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="star-note-editor-actions">
        <button type="submit" aria-disabled={saving || undefined}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
