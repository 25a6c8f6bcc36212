/**
 * `<DetailAddressNote sentence onClose />`: in place of the detail panel, why the event the address names
 * is not shown (see `useDetailAddress`), with a button that takes it out of the address.
 */
import { useEffect, useRef } from 'react';

export function DetailAddressNote({ sentence, onClose }: { sentence: string; onClose: () => void }) {
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => noteRef.current?.focus(), [sentence]);
  return (
    <aside className="detail" aria-label="Log detail" data-testid="log-detail">
      <p ref={noteRef} role="alert" tabIndex={-1}>
        {sentence}
      </p>
      <button type="button" onClick={onClose}>
        Close this note
      </button>
    </aside>
  );
}
