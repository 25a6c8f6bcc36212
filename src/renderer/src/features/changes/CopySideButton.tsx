import { copyRefusedSentence, useCopyWithFallback } from '../../hooks/useCopyWithFallback';

/**
 * Copies one side of a change (redacted) to the clipboard. When the clipboard refuses, that side is shown
 * in a read-only box below, selected and focused, so the keyboard copies it from there.
 */
export function CopySideButton({ side, text }: { side: 'before' | 'after'; text: string }) {
  const { state, copy, box } = useCopyWithFallback(text);
  const label = `${side === 'before' ? 'Before' : 'After'} (redacted), to copy`;
  return (
    <span className="copy-side">
      <button type="button" onClick={copy}>
        Copy {side} (redacted)
      </button>
      <span role="status" className="muted">
        {state === 'copied' && ` ${side === 'before' ? 'Before' : 'After'} copied.`}
        {state === 'failed' && ` ${copyRefusedSentence(`the ${side} side`)}`}
      </span>
      {state === 'failed' && (
        <textarea ref={box} className="copy-side-text" aria-label={label} readOnly value={text} rows={6} />
      )}
    </span>
  );
}
