/**
 * `<ColumnChoice name shown locked first last … />`: one column of the column chooser: a box showing or
 * hiding it, and buttons moving it past the next shown column left or right. With no shown column that way
 * (`first`, `last`) its button stays in the Tab order (`aria-disabled`, not `disabled`): a button that
 * vanished under the focus would drop it on the page.
 */
import type { MoveDirection } from './columnMove';

interface ColumnChoiceProps {
  name: string;
  shown: boolean;
  /** The last column shown: it cannot be hidden, as the note `lockedNoteId` says. */
  locked: boolean;
  lockedNoteId: string;
  /** No shown column to its left: moving left would change nothing the grid shows. */
  first: boolean;
  /** No shown column to its right. */
  last: boolean;
  onShow: (shown: boolean) => void;
  onMove: (direction: MoveDirection) => void;
  /** Hands over each move button, for the focus to come back to it after a move. */
  moveButton: (direction: MoveDirection, element: HTMLButtonElement | null) => void;
}

const ARROWS: Record<MoveDirection, string> = { left: '←', right: '→' };

export function ColumnChoice({
  name,
  shown,
  locked,
  lockedNoteId,
  first,
  last,
  onShow,
  onMove,
  moveButton,
}: ColumnChoiceProps) {
  const atEnd: Record<MoveDirection, boolean> = { left: first, right: last };
  return (
    <div className="column-choice">
      <label>
        <input
          type="checkbox"
          checked={shown}
          disabled={locked}
          aria-describedby={locked ? lockedNoteId : undefined}
          onChange={(event) => onShow(event.target.checked)}
        />
        {name}
      </label>
      {(['left', 'right'] as const).map((direction) => (
        <button
          key={direction}
          ref={(element) => moveButton(direction, element)}
          type="button"
          className="column-move"
          aria-label={`Move ${name} ${direction}`}
          aria-disabled={atEnd[direction] || undefined}
          onClick={() => {
            if (!atEnd[direction]) onMove(direction);
          }}
        >
          <span aria-hidden="true">{ARROWS[direction]}</span>
        </button>
      ))}
    </div>
  );
}
