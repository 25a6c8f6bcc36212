import { useEffect, useState, type RefObject } from 'react';

/** Which control of which line takes the keyboard once the lines are drawn again. */
export interface LineFocus {
  line: number;
  control: 'input' | 'button';
}

/**
 * Where the keyboard goes once an editable list is drawn again: a line removed takes its Remove button away,
 * so the Remove of the line now in its place (or of the last line, or the Add button when none is left)
 * takes it; a line added, its first field. `selectors` name a line and, within it, each control.
 */
export function useLineFocus(
  section: RefObject<HTMLElement | null>,
  addButton: RefObject<HTMLButtonElement | null>,
  selectors: { line: string; input: string; button: string },
): (target: LineFocus) => void {
  const [focusTo, setFocusTo] = useState<LineFocus | null>(null);
  const { line: lineSelector, input, button } = selectors;
  useEffect(() => {
    if (!focusTo) return;
    const line = section.current?.querySelectorAll<HTMLElement>(lineSelector)[focusTo.line];
    (line?.querySelector<HTMLElement>(focusTo.control === 'input' ? input : button) ?? addButton.current)?.focus();
  }, [focusTo, section, addButton, lineSelector, input, button]);
  return setFocusTo;
}

/**
 * A Save refused (each refusal counted): the first field at fault takes the focus, centred so its sentence
 * shows; with none at fault, `fallback` (the form's own sentence) does.
 */
export function useFocusFirstFault(
  refusals: number,
  section: RefObject<HTMLElement | null>,
  fallback?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (refusals === 0) return;
    const atFault = section.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? fallback?.current;
    atFault?.scrollIntoView({ block: 'center' });
    atFault?.focus({ preventScroll: true });
  }, [refusals, section, fallback]);
}
