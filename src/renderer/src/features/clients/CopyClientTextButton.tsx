import { copyRefusedSentence, useCopyWithFallback } from '../../hooks/useCopyWithFallback';

interface CopyClientTextButtonProps {
  /** The whole text, which the heading shows cut. */
  text: string;
  /** What of the client it is: the button reads "Copy id" or "Copy name". */
  what: 'id' | 'name';
}

/**
 * `<CopyClientTextButton text what />`: copies a client's whole id or name, which the heading shows cut. When the
 * clipboard refuses, the text is shown in a read-only box below, selected and focused, so the keyboard copies it
 * from there.
 */
export function CopyClientTextButton({ text, what }: CopyClientTextButtonProps) {
  const { state, copy, box } = useCopyWithFallback(text);
  return (
    <span className="copy-client-text">
      <button type="button" onClick={copy}>
        Copy {what}
      </button>
      <span role="status" className="muted">
        {state === 'copied' && ` Whole ${what} copied (${[...text].length.toLocaleString('en')} characters).`}
        {state === 'failed' && ` ${copyRefusedSentence(`the whole ${what}`)}`}
      </span>
      {state === 'failed' && (
        <textarea
          ref={box}
          className="copy-client-text-box"
          aria-label={`Client ${what}, to copy`}
          readOnly
          value={text}
          rows={3}
        />
      )}
    </span>
  );
}
