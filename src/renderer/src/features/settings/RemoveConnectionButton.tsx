/**
 * `<RemoveConnectionButton name active hasSecret heldBy onRemove />`: a saved connection's Remove button, which
 * asks first. While its own save is under way it keeps the focus but does nothing (`aria-disabled`),
 * described by the note `heldBy` names; so does the question's "Remove connection" when it was already
 * open as the save began. The harmless answer takes the focus, so Enter by mistake keeps the connection, and Escape
 * keeps it too: the focus then returns to the button. Once removed, the list places the focus, its line
 * being gone.
 */
import { useRef, useState } from 'react';
import { ConfirmQuestion } from '../../components/ConfirmQuestion';
import { useOpenedBy } from '../../hooks/useOpenedBy';

interface RemoveConnectionButtonProps {
  /** The connection's name as shown (hidden characters named). */
  name: string;
  /** Whether it is the connection in use: removing it puts the console back on demo data. */
  active: boolean;
  hasSecret: boolean;
  /** The id of the note saying why Remove waits (a save of this connection under way); none when it does not. */
  heldBy?: string | undefined;
  /** Removes it; answers whether it was removed. */
  onRemove: () => Promise<boolean>;
}

export function RemoveConnectionButton({ name, active, hasSecret, heldBy, onRemove }: RemoveConnectionButtonProps) {
  const [asking, setAsking] = useState(false);
  const { opener, onKeyDown } = useOpenedBy(asking, () => setAsking(false));
  const removing = useRef(false);
  const remove = async () => {
    // A second press while the first is on its way removes nothing more.
    if (removing.current) return;
    removing.current = true;
    const removed = await onRemove();
    removing.current = false;
    // A refusal is said at the top of the list; the question goes and the button takes the focus back.
    if (!removed) setAsking(false);
  };
  const consequences = [
    hasSecret && 'The password or API key kept for it is forgotten too.',
    active && 'The console goes back to demo data.',
  ].filter(Boolean);
  return (
    <>
      <button
        type="button"
        ref={opener}
        aria-label={`Remove ${name}`}
        aria-disabled={heldBy !== undefined || undefined}
        aria-describedby={heldBy}
        onClick={() => {
          if (heldBy === undefined) setAsking(true);
        }}
      >
        Remove…
      </button>
      {asking && (
        <ConfirmQuestion
          label={`Remove “${name}”?`}
          question={`Remove the connection “${name}”? ${consequences.join(' ')}`}
          confirm="Remove connection"
          onConfirm={() => void remove()}
          onKeep={() => setAsking(false)}
          onKeyDown={onKeyDown}
          heldBy={heldBy}
        />
      )}
    </>
  );
}
