import { useId, type RefObject } from 'react';
import { copyRefusedSentence } from '../../hooks/useCopyWithFallback';

interface RefusedCopyBoxProps {
  /** What the value is: the box is named after it ("Action" gives "Action, to copy"). */
  label: string;
  /** The value, as the copy would have written it. */
  text: string;
  rows: number;
  /** The box itself, which the caller focuses with its whole text selected. */
  box: RefObject<HTMLTextAreaElement | null>;
}

/**
 * `<RefusedCopyBox label text rows box />`: a value the clipboard refused to take, in a read-only box described
 * by the sentence above it, which says so and what to press to copy it by hand.
 */
export function RefusedCopyBox({ label, text, rows, box }: RefusedCopyBoxProps) {
  const refusedId = useId();
  return (
    <>
      <p id={refusedId}>{copyRefusedSentence('the value')}</p>
      <textarea
        ref={box}
        className="copy-value-text"
        aria-label={`${label}, to copy`}
        aria-describedby={refusedId}
        readOnly
        value={text}
        rows={rows}
      />
    </>
  );
}
