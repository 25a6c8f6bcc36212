import type { KeyboardEvent } from 'react';

/**
 * The keyboard's way through a grid's filter panel, which shows below its toolbar rather than after the
 * Filters button: opened from the button, the panel's first control takes the focus (else the next Tab
 * would go on through the toolbar first); Escape, on the button or in the panel, closes it with the focus
 * on the button.
 */
export function focusFilterPanel(button: HTMLElement | null): void {
  const panel = button?.closest('.client-grid, section')?.querySelector<HTMLFormElement>('form.filter-panel');
  panel?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}

/** Escape on the Filters button closes the panel it shows; any other key does what it does. */
export function closeOnEscape(open: boolean, close: () => void) {
  return (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    close();
  };
}
