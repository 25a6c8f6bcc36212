import { useSyncExternalStore } from 'react';

/** Told when the address is rewritten in place (`rewriteRoute`): the window itself says nothing then. */
const REWRITTEN = 'auditconsole:routerewritten';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REWRITTEN, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REWRITTEN, onChange);
  };
}

/** The route an address's hash names (`#/risk?hours=48` gives `/risk?hours=48`); none is the logs'. */
export function routeOfHash(hash: string): string {
  return hash.replace(/^#/, '') || '/logs';
}

function snapshot(): string {
  return routeOfHash(window.location.hash);
}

/** The route lives in the hash so it survives reloads in both shells (file:// and browser mode). */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

/** The parameters of a route (`/journal?outcome=ok` gives `outcome=ok`); empty when it has none. */
export function routeSearch(route: string): string {
  const start = route.indexOf('?');
  return start < 0 ? '' : route.slice(start + 1);
}

/**
 * Goes to `path`, a new entry in the window's history; with `replace`, in place of the current one (an
 * edit that continues the last, so Back skips what was on the way).
 */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.location.replace(`#${path}`);
  else window.location.hash = path;
}

/**
 * Writes `path` in place of the current entry as a detail of it, not a move: the entry keeps its state
 * (where the focus was left, the detail noted) and nothing that follows the window's history hears of it,
 * so Back and Forward still give the focus back where it was left. Pages re-read the address.
 */
export function rewriteRoute(path: string): void {
  window.history.replaceState(window.history.state, '', `#${path}`);
  window.dispatchEvent(new Event(REWRITTEN));
}
