import { useEffect, useRef, useState } from 'react';

/**
 * `<CopyClientIdButton id />`: copies a client's whole id, which the heading shows cut. When the clipboard
 * refuses, the id is shown in a read-only box below, selected and focused, so the keyboard copies it from there.
 */
export function CopyClientIdButton({ id }: { id: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state !== 'failed') return;
    box.current?.focus();
    box.current?.select();
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(id).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <span className="copy-client-id">
      <button type="button" onClick={() => void copy()}>
        Copy id
      </button>
      <span role="status" className="muted">
        {state === 'copied' && ` Whole id copied (${[...id].length.toLocaleString('en')} characters).`}
        {state === 'failed' &&
          ' The clipboard refused the copy: the whole id is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.'}
      </span>
      {state === 'failed' && (
        <textarea
          ref={box}
          className="copy-client-id-text"
          aria-label="Client id, to copy"
          readOnly
          value={id}
          rows={3}
        />
      )}
    </span>
  );
}
