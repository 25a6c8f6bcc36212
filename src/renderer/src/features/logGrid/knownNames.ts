/**
 * Names of the parties (clients, employees, API tokens, actors) this window has seen, by id, so
 * filters that hold ids read as names: `rememberNames(parties)` after a page or a suggestion,
 * `useKnownNames()` in a view. Kept for the session: a reload shows names again before the first page.
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'audit-console.partyNames';
const listeners = new Set<() => void>();
let names: Readonly<Record<string, string>> = readStored();

function readStored(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberNames(parties: ReadonlyArray<{ id: string; name: string } | null>): void {
  const fresh = parties.filter((party): party is { id: string; name: string } =>
    Boolean(party?.name && names[party.id] !== party.name),
  );
  if (fresh.length === 0) return;
  names = { ...names, ...Object.fromEntries(fresh.map((party) => [party.id, party.name])) };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(names));
  } catch {
    // Storage full or unavailable: names still show for this page's life.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The known names by id; re-renders when new names arrive. */
export function useKnownNames(): Readonly<Record<string, string>> {
  return useSyncExternalStore(subscribe, () => names);
}

/**
 * A party as a chip names it: its name and its id, since two people may share a name; the id alone
 * until the name is known.
 */
export function partyLabel(names: Readonly<Record<string, string>>, id: string): string {
  const name = names[id];
  return name && name !== id ? `${name} (${id})` : id;
}
