import { useEffect, useRef, useState } from 'react';

/**
 * Copies one side of a change (redacted) to the clipboard. When the clipboard refuses, that side is shown
 * in a read-only box below, selected and focused, so the keyboard copies it from there.
 */
export function CopySideButton({ side, text }: { side: 'before' | 'after'; text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state !== 'failed') return;
    box.current?.focus();
    box.current?.select();
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  const label = `${side === 'before' ? 'Before' : 'After'} (redacted), to copy`;
  return (
    <span className="copy-side">
      <button type="button" onClick={() => void copy()}>
        Copy {side} (redacted)
      </button>
      <span role="status" className="muted">
        {state === 'copied' && ` ${side === 'before' ? 'Before' : 'After'} copied.`}
        {state === 'failed' &&
          ` The clipboard refused the copy: the ${side} side is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.`}
      </span>
      {state === 'failed' && (
        <textarea ref={box} className="copy-side-text" aria-label={label} readOnly value={text} rows={6} />
      )}
    </span>
  );
}
