/**
 * `<NoteText note />`: a note carried in a bundle, keeping the lines it was typed in. A long note shows
 * its opening first, with a button that unfolds it whole and folds it again, so one note of thousands of
 * characters does not push the rest of the case off the page.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { ShownNote } from './noteShown';

export function NoteText({ note }: { note: ShownNote }) {
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
  if (note.opening === null) return <span className="case-star-note">{note.text}</span>;
  const toggle = () => {
    folded.current = whole;
    setWhole(!whole);
  };
  return (
    <>
      <span id={id} className="case-star-note">
        {whole ? note.text : note.opening}
      </span>{' '}
      <button ref={button} type="button" aria-expanded={whole} aria-controls={id} onClick={toggle}>
        {whole ? 'Show less of the note' : 'Show the whole note'}
      </button>
    </>
  );
}
