import { useEffect, useRef, useState, type RefObject } from 'react';

/** What a copy the clipboard refused says, naming what is selected in the box: "the document", "the before side". */
export function copyRefusedSentence(what: string): string {
  return `The clipboard refused the copy: ${what} is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.`;
}

/** Where a copy stands: not tried yet, on the clipboard, or refused by it. */
export type CopyState = 'idle' | 'copied' | 'failed';

interface CopyWithFallback {
  state: CopyState;
  /** Writes the text to the clipboard. */
  copy: () => void;
  /** For the read-only box shown once the clipboard refuses: it is focused with the whole text selected. */
  box: RefObject<HTMLTextAreaElement | null>;
}

/**
 * `useCopyWithFallback(text)`: copies `text` to the clipboard. When the clipboard refuses, the caller shows the
 * text in a read-only box given `box`, which then takes the focus with its text selected, so the keyboard copies
 * it from there.
 */
export function useCopyWithFallback(text: string): CopyWithFallback {
  const [state, setState] = useState<CopyState>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state !== 'failed') return;
    box.current?.focus();
    box.current?.select();
  }, [state]);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return { state, copy, box };
}
