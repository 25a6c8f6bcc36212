import type { CaseEvidence } from './AddToCase';

interface AddButtonProps {
  evidence: CaseEvidence;
  /** The id of the sentence saying why it cannot add now (no case yet, a note at fault), or null when it can. */
  heldBy: string | null;
  /** The id of a sentence saying what a press will do, when it is not what the button says. */
  describedBy?: string;
  onAdd: () => void;
  /** Pressed while it cannot add: the field at fault takes the focus, as a form's submit does. */
  onHeld?: () => void;
}

/**
 * "Pin query" or "Star event". While it cannot add, it stays in the Tab order (`aria-disabled`), described
 * by the sentence saying why and what to do; a press adds nothing and moves the focus to the field at fault.
 */
export function AddButton({ evidence, heldBy, describedBy, onAdd, onHeld }: AddButtonProps) {
  return (
    <button
      type="button"
      aria-disabled={heldBy !== null || undefined}
      aria-describedby={heldBy ?? describedBy}
      onClick={() => {
        if (heldBy === null) onAdd();
        else onHeld?.();
      }}
    >
      {evidence.kind === 'query' ? 'Pin query' : 'Star event'}
    </button>
  );
}
