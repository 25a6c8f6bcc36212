import { useEffect } from 'react';

/** How long a page may take to show its title after the address changed (a client's page loads first). */
const WAIT_FOR_TITLE_MS = 3_000;

function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/**
 * When the address changes and the control that changed it went with the page it was on (a client chosen
 * in the finder, a link in a grid row), the keyboard's place is lost: the next Tab starts from the top of
 * the window and a screen reader says nothing of the new page. The page's title then takes the focus, so
 * both land on what just opened. A page that placed the focus itself, or a user who moved it, keeps it.
 */
export function useFocusOnArrival(path: string): void {
  useEffect(() => {
    const until = performance.now() + WAIT_FOR_TITLE_MS;
    let placed: HTMLElement | null = null;
    let frame = 0;
    const look = () => {
      if (focusIsLost()) {
        // A page that shows a title while it loads replaces it once loaded: the new one takes the focus.
        placed = document.querySelector<HTMLElement>('main h1');
        if (placed) {
          if (!placed.hasAttribute('tabindex')) placed.tabIndex = -1;
          placed.focus();
        }
      } else if (document.activeElement !== placed) {
        return;
      }
      if (performance.now() < until) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [path]);
}
