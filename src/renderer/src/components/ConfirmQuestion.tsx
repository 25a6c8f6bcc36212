/**
 * `<ConfirmQuestion label question confirm onConfirm onKeep onKeyDown heldBy />`: a question asked in place
 * before something that cannot be undone (deleting a case, removing a connection). Its harmless answer,
 * "Keep it", takes the focus, so Enter by mistake keeps; `onKeyDown` is `useOpenedBy`'s, so Escape keeps
 * too and the focus goes back to the button that asked. Until it is answered, Tab and Shift+Tab go round
 * its two answers and never leave it. While `heldBy` names a note (why going ahead must wait), the answer that
 * goes ahead keeps its place and focus but does nothing (`aria-disabled`), described by that note.
 */
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { keepTabWithin } from '../hooks/keepTabWithin';

interface ConfirmQuestionProps {
  /** The question as a screen reader names it: "Delete “Wallets”?". */
  label: string;
  /** The question as shown, with what the answer does. */
  question: ReactNode;
  /** The answer that goes ahead: "Delete case". */
  confirm: string;
  onConfirm: () => void;
  onKeep: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** The id of the note saying why going ahead waits; none when it does not. */
  heldBy?: string | undefined;
}

export function ConfirmQuestion({
  label,
  question,
  confirm,
  onConfirm,
  onKeep,
  onKeyDown,
  heldBy,
}: ConfirmQuestionProps) {
  const questionId = useId();
  return (
    <div
      role="alertdialog"
      aria-label={label}
      aria-describedby={questionId}
      className="export-confirm"
      // A click on its text keeps the focus in the question, where Escape still answers it.
      tabIndex={-1}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        keepTabWithin(event);
        onKeyDown(event);
      }}
    >
      <p id={questionId}>{question}</p>
      <button
        type="button"
        aria-disabled={heldBy !== undefined || undefined}
        aria-describedby={heldBy}
        onClick={() => {
          if (heldBy === undefined) onConfirm();
        }}
      >
        {confirm}
      </button>
      <button type="button" autoFocus onClick={onKeep}>
        Keep it
      </button>
    </div>
  );
}
