import { copyRefusedSentence, useCopyWithFallback } from '../../hooks/useCopyWithFallback';

/**
 * `<CopyDocumentButton json />`: "Copy as JSON", an event's whole document. When the clipboard refuses, the
 * JSON is shown in a read-only box below, selected and focused, so the keyboard copies it from there.
 */
export function CopyDocumentButton({ json }: { json: string }) {
  const { state, copy, box } = useCopyWithFallback(json);
  return (
    <span className="copy-document">
      <button type="button" onClick={copy}>
        {state === 'copied' ? 'Copied' : 'Copy as JSON'}
      </button>
      <span role="status" className="muted">
        {state === 'failed' && ` ${copyRefusedSentence('the document')}`}
      </span>
      {state === 'failed' && (
        <textarea
          ref={box}
          className="copy-document-text"
          aria-label="Document as JSON, to copy"
          readOnly
          value={json}
          rows={8}
        />
      )}
    </span>
  );
}
