import { useEffect, useLayoutEffect, useState } from 'react';
import { findPlace, type ControlPlace } from './controlPlace';
import { FocusHistory, type Arrival } from './FocusHistory';
import { focusIsLost } from './focusIsLost';

/** How long a page may take to show its title after the address changed (a client's page loads first). */
const WAIT_FOR_TITLE_MS = 3_000;

/** How long a page come back to may take to show the control left from again (a table reloads first). */
const WAIT_FOR_RETURN_MS = 10_000;

/** Where the focus goes, best first, once it is lost or while it is on what was placed. */
interface Plan {
  /** Back or Forward: the control the entry was left from (the link followed), once the page shows it. */
  returnTo: ControlPlace | null;
  /** Only the parameters changed and the control holding the focus went: the one drawn in its place. */
  replaced: ControlPlace | null;
  /** Else the page's title, when the focus is lost. */
  toTitle: boolean;
}

function planFor(arrival: Arrival | null): Plan {
  if (arrival === null) return { returnTo: null, replaced: null, toTitle: true };
  const { samePath, returnTo, held } = arrival;
  // Parameters changed with the focus nowhere (a click on the page's background): nothing of it was lost.
  const toTitle = !samePath || returnTo !== null || held !== null;
  return { returnTo, replaced: samePath ? held : null, toTitle };
}

function titleOf(): HTMLElement | null {
  const title = document.querySelector<HTMLElement>('main h1');
  if (title && !title.hasAttribute('tabindex')) title.tabIndex = -1;
  return title;
}

/**
 * When the address changes and the control that changed it went with the page it was on (a client chosen
 * in the finder, a link in a grid row), the keyboard's place is lost: the next Tab starts from the top of
 * the window and a screen reader says nothing of the new page. The page's title then takes the focus, so
 * both land on what just opened. When only the parameters changed and the control holding the focus was
 * drawn anew (a filter panel made afresh for the new query), the new one takes it. Back and Forward go
 * further: the control the entry was left from (the link followed) takes the focus once the page shows it
 * again. A page that placed the focus itself, or a user who moved it, keeps it.
 */
export function useFocusOnArrival(route: string): void {
  const [history] = useState(() => new FocusHistory());
  // Before any page listens to the address, so the history hears of a change while the old page is shown.
  useLayoutEffect(() => history.start(), [history]);
  useEffect(() => {
    const plan = planFor(history.arrivalAt(route));
    const until = performance.now() + (plan.returnTo ? WAIT_FOR_RETURN_MS : WAIT_FOR_TITLE_MS);
    let placed: HTMLElement | null = null;
    let onTitle = false;
    let frame = 0;
    const target = (lost: boolean): HTMLElement | null => {
      const back = plan.returnTo && findPlace(plan.returnTo);
      if (back) return back;
      if (!lost) return null;
      const replacement = plan.replaced && findPlace(plan.replaced, { nearby: true });
      if (replacement) return replacement;
      return plan.toTitle ? titleOf() : null;
    };
    const look = () => {
      const lost = focusIsLost();
      if (!lost && document.activeElement !== placed) return;
      // A page that shows a title while it loads replaces it once loaded: the new one takes the focus.
      const next = lost || onTitle ? target(lost) : null;
      if (next && next !== document.activeElement) {
        next.focus();
        placed = next;
        onTitle = next.matches('main h1');
      }
      if (performance.now() < until) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [history, route]);
}
