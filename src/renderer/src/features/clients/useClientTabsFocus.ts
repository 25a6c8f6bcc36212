import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const selectedTab = (list: HTMLElement | null): HTMLElement | null =>
  list?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? null;

/**
 * The client page's tabs, as tabs go: one Tab stop, the chosen tab; Left/Right (Home/End) choose the tab
 * beside it (wrapping). The focus stays on the chosen tab: it follows a tab once the page shows it chosen,
 * and a tab not chosen hands it on (Back or Forward giving it back to the tab an entry was left from by a
 * click, a click before the tab is chosen). Each entry of the window's history is so left from the tab it
 * shows, and coming back to it lands on that tab, never on one that is not shown.
 */
export function useClientTabsFocus(shown: string) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = listRef.current;
    if (list?.contains(document.activeElement)) selectedTab(list)?.focus();
  }, [shown]);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const tab = event.target;
    if (tab.getAttribute('role') !== 'tab' || tab.getAttribute('aria-selected') === 'true') return;
    selectedTab(event.currentTarget)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const at = tabs.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next: Partial<Record<string, number>> = {
      ArrowRight: (at + 1) % tabs.length,
      ArrowLeft: (at - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = tabs[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    target.click();
  };
  return { listRef, onFocus, onKeyDown };
}
