/**
 * `<NoteText note />`: a note carried in a bundle, or a case's purpose on its card, keeping the lines it
 * was typed in. A long one shows its opening first, with a button that unfolds it whole and folds it
 * again, so one text of thousands of characters does not push the rest of the case off the page.
 * `what` names the text in the button's words ("Show the whole purpose"); a note by default.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { noteShown, type ShownNote } from '../format/noteShown';

export function NoteText({ note, what = 'note' }: { note: ShownNote; what?: string }) {
  const id = useId();
  const [whole, setWhole] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const folded = useRef(false);
  // Folding a note read to its end moves the button far up: it is scrolled back into the window.
  useLayoutEffect(() => {
    if (!folded.current) return;
    folded.current = false;
    button.current?.scrollIntoView({ block: 'nearest' });
  }, [whole]);
  // `dir="auto"`: a note is read in the direction it was written in, and its right-to-left words never
  // reorder the words around it (who starred it, when).
  if (note.opening === null)
    return (
      <span className="case-star-note" dir="auto">
        {note.text}
      </span>
    );
  const toggle = () => {
    folded.current = whole;
    setWhole(!whole);
  };
  return (
    <>
      <span id={id} className="case-star-note" dir="auto">
        {whole ? note.text : note.opening}
      </span>{' '}
      <button ref={button} type="button" aria-expanded={whole} aria-controls={id} onClick={toggle}>
        {whole ? `Show less of the ${what}` : `Show the whole ${what}`}
      </button>
    </>
  );
}

/** A starred event's note after a dash; a star without one, or with nothing to read in it, shows none, in a case card and in a reopened bundle alike. */
export function StarNoteText({ text }: { text: string | null }) {
  const note = noteShown(text ?? '');
  if (!note) return null;
  return (
    <>
      {' '}
      — <NoteText note={note} />
    </>
  );
}
