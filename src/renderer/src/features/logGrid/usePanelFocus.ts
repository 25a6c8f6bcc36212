import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { focusIsLost } from '../../routing/focusIsLost';

/**
 * The keyboard's way through a grid's filter panel, which shows below its toolbar rather than after the
 * Filters button: opened from the button, the panel's first control takes the focus (else the next Tab
 * would go on through the toolbar first); closed (Escape, Save, Close), the focus goes back to the button.
 * So it does when the panel goes while one of its controls has the focus (the address changed to a query
 * main does not refuse). Each move waits for the render that shows or removes the panel. `buttonRef` and
 * `panelRef` go to the Filters button and the `FilterPanel`.
 */
export function usePanelFocus() {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLFormElement>(null);
  const [move, setMove] = useState<{ to: 'panel' | 'button'; step: number }>({ to: 'button', step: 0 });
  useEffect(() => {
    if (move.step === 0) return;
    if (move.to === 'button') buttonRef.current?.focus();
    else panelRef.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [move]);
  /** Whether the focus last went into the panel: a control taken away with it leaves no word of its going. */
  const heldByPanel = useRef(false);
  useEffect(() => {
    const note = (event: FocusEvent) =>
      (heldByPanel.current = event.target instanceof Node && (panelRef.current?.contains(event.target) ?? false));
    document.addEventListener('focusin', note);
    return () => document.removeEventListener('focusin', note);
  }, []);
  useEffect(() => {
    if (panelRef.current || !heldByPanel.current) return;
    heldByPanel.current = false;
    if (focusIsLost()) buttonRef.current?.focus();
  });
  const moveTo = (to: 'panel' | 'button') => setMove((current) => ({ to, step: current.step + 1 }));
  return { buttonRef, panelRef, focusPanel: () => moveTo('panel'), focusButton: () => moveTo('button') };
}

/** Escape on the Filters button closes the panel it shows; any other key does what it does. */
export function closeOnEscape(open: boolean, close: () => void) {
  return (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    close();
  };
}
