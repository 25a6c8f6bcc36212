import { useEffect, useRef } from 'react';

/** The reopened bundle's heading in its banner: it takes the focus when a bundle opens. */
export const BUNDLE_HEADING_ID = 'bundle-banner-title';
/** The control that opens a bundle (file field or file dialog): it takes the focus back when one closes. */
export const BUNDLE_OPENER_ID = 'bundle-opener';

function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  // Focusable from script only, so it takes the focus without becoming a Tab stop.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * `useBundleFocus(openedAt)`, where `openedAt` names the open bundle (null for none, undefined until the
 * source is known). Opening or closing a bundle replaces the page, and with it the control that did it,
 * so the focus would fall to the page's body: instead, once a bundle opens, its banner's heading takes
 * the focus (Close bundle is the next Tab stop); once it closes, the control that opens a bundle does,
 * or, on a page without one, the page's heading. The console starting on a bundle moves nothing.
 */
export function useBundleFocus(openedAt: string | null | undefined): void {
  const last = useRef(openedAt);
  useEffect(() => {
    const before = last.current;
    last.current = openedAt;
    if (before === undefined || openedAt === undefined || before === openedAt) return;
    if (openedAt !== null) {
      document.getElementById(BUNDLE_HEADING_ID)?.focus();
      return;
    }
    const opener = document.getElementById(BUNDLE_OPENER_ID);
    if (opener) opener.focus();
    else focusPageHeading();
  }, [openedAt]);
}
