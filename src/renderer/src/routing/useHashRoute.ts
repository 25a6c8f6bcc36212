import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash.replace(/^#/, '') || '/logs';
}

/** The route lives in the hash so it survives reloads in both shells (file:// and browser mode). */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

export function navigate(path: string): void {
  window.location.hash = path;
}
