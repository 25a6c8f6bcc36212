import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The keyboard's way through a grid's filter panel, which shows below its toolbar rather than after the
 * Filters button: opened from the button, the panel's first control takes the focus (else the next Tab
 * would go on through the toolbar first); closed (Escape, Save, Close), the focus goes back to the button.
 * Each move waits for the render that shows or removes the panel. `buttonRef` and `panelRef` go to the
 * Filters button and the `FilterPanel`.
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
