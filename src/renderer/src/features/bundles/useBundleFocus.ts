import { createContext, useCallback, useContext, useEffect, useRef } from 'react';

/** The reopened bundle's heading in its banner: it takes the focus when a bundle opens. */
export const BUNDLE_HEADING_ID = 'bundle-banner-title';
/** The control that opens a bundle (file field or file dialog): it takes the focus back when one closes. */
export const BUNDLE_OPENER_ID = 'bundle-opener';
/** The path a bundle is opened by: it takes the focus back when a bundle opened by its path closes. */
export const BUNDLE_PATH_ID = 'bundle-path';

/** Says which control (by id) is opening a bundle; `useBundleFocus` gives it the focus back at close. */
const BundleOpenerContext = createContext<(id: string) => void>(() => undefined);
export const BundleOpenerProvider = BundleOpenerContext.Provider;
export const useNoteBundleOpener = (): ((id: string) => void) => useContext(BundleOpenerContext);

function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  // Focusable from script only, so it takes the focus without becoming a Tab stop.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/** The element of that id, when the page shows it and it can take the focus. */
function enabledById(id: string | null): HTMLElement | null {
  const element = id === null ? null : document.getElementById(id);
  return element && !element.matches(':disabled') ? element : null;
}

/**
 * `useBundleFocus(openedAt)`, where `openedAt` names the open bundle (null for none, undefined until the
 * source is known). Opening or closing a bundle replaces the page, and with it the control that did it,
 * so the focus would fall to the page's body: instead, once a bundle opens, its banner's heading takes
 * the focus (Close bundle is the next Tab stop); once it closes, the control it was opened with does
 * when the page shows it again (the path, or the file field or dialog), else any control that opens a
 * bundle, else the page's heading. The console starting on a bundle moves nothing. Returns what
 * `BundleOpenerProvider` hands down for the opening controls to say which one is at work.
 */
export function useBundleFocus(openedAt: string | null | undefined): (id: string) => void {
  const last = useRef(openedAt);
  const openedWith = useRef<string | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = openedAt;
    if (before === undefined || openedAt === undefined || before === openedAt) return;
    if (openedAt !== null) {
      document.getElementById(BUNDLE_HEADING_ID)?.focus();
      return;
    }
    const opener = enabledById(openedWith.current) ?? enabledById(BUNDLE_OPENER_ID);
    openedWith.current = null;
    if (opener) opener.focus();
    else focusPageHeading();
  }, [openedAt]);
  return useCallback((id: string) => {
    openedWith.current = id;
  }, []);
}
