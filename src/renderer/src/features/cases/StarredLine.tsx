/**
 * `<StarredLine caseId star zone refused onRemove onNoteEdited />`: one starred event of a case: what it
 * is, its note, who starred it when (and who last edited the note, when), its Edit note and its Unstar,
 * each named after the event. Edit note opens the note under the line; once saved or cancelled, the
 * focus goes back to Edit note, and the line says what came of the edit until the note is edited again or
 * the focus moves on to another line: it is the status of the last action, never of a note it is not beside.
 */
import { useState } from 'react';
import type { StarredEvent } from '../../../../shared/domain/investigationCase';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { StarNoteText } from '../../components/NoteText';
import { RefusedAction } from '../../components/RefusedAction';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useOpenedBy } from '../../hooks/useOpenedBy';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { RemoveButton } from './RemoveButton';
import { StarNoteEditor, type NoteEditOutcome } from './StarNoteEditor';

interface StarredLineProps {
  caseId: string;
  star: StarredEvent;
  zone: string;
  /** Why the star cannot be removed now (a reopened bundle), or null. */
  refused: string | null;
  onRemove: () => void;
  /** Main changed the note: the case is read again. */
  onNoteEdited: () => void;
}

const SAID: Record<NoteEditOutcome, string> = {
  edited: 'Note saved.',
  unchanged: 'The note is as it was; nothing changed.',
};

export function StarredLine({ caseId, star, zone, refused, onRemove, onNoteEdited }: StarredLineProps) {
  const editRefused = readOnlyReason(useOperator(), 'edit a star’s note');
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const { opener, onKeyDown } = useOpenedBy(editing, () => setEditing(false));
  // Named by the event's id too: many events share a summary ("get · Clients / Accounts").
  const event = `“${showHiddenCharacters(star.summary)}” (${showHiddenCharacters(star.recordId)})`;
  const saved = (outcome: NoteEditOutcome) => {
    setEditing(false);
    setSaid(SAID[outcome]);
    if (outcome === 'edited') onNoteEdited();
  };
  return (
    <li
      onBlur={(event) => {
        // The focus moving on out of the line (to another star, another control) ends what was said of its note.
        const next = event.relatedTarget;
        if (next instanceof Node && !event.currentTarget.contains(next)) setSaid(null);
      }}
    >
      {showHiddenCharacters(star.summary)} <code>{showHiddenCharacters(star.recordId)}</code>
      <StarNoteText text={star.note} />{' '}
      <span className="muted">
        ({showHiddenCharacters(star.starredBy)}, {formatTimestamp(star.starredAt, zone)}
        {star.noteEditedAt && (
          <>
            ; note edited
            {star.noteEditedBy === undefined ? '' : ` by ${showHiddenCharacters(star.noteEditedBy)}`},{' '}
            {formatTimestamp(star.noteEditedAt, zone)}
          </>
        )}
        )
      </span>{' '}
      {editRefused ? (
        <RefusedAction label="Edit note" name={`Edit note of ${event}`} reason={editRefused} />
      ) : (
        <button
          type="button"
          ref={opener}
          aria-label={`Edit note of ${event}`}
          aria-expanded={editing}
          onClick={() => {
            setSaid(null);
            setEditing(!editing);
          }}
        >
          Edit note
        </button>
      )}{' '}
      <RemoveButton label="Unstar" name={`Unstar ${event}`} refused={refused} onClick={onRemove} />
      {/* Always there, so what comes of an edit is announced once, as it is said. */}
      <span role="status" className="muted">
        {said && ` ${said}`}
      </span>
      {editing && !editRefused && (
        <StarNoteEditor
          caseId={caseId}
          star={star}
          event={event}
          onSaved={saved}
          onCancel={() => setEditing(false)}
          onKeyDown={onKeyDown}
        />
      )}
    </li>
  );
}
