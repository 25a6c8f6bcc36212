import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * A question or small form a button opens in place (a confirmation, "Add to case…"): put `opener` on the
 * button and `onKeyDown` on what opens. Escape closes it, and once it closes, however it was answered,
 * the button takes the focus back, so the keyboard carries on from where it was and not from the page's top.
 */
export function useOpenedBy<T extends HTMLElement = HTMLButtonElement>(open: boolean, close: () => void) {
  const opener = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  return { opener, onKeyDown };
}
