/**
 * The saved view a grid shows, if any, and the column layout it has on screen: while a view is active,
 * column changes stay with it (saved when the operator saves the view), never with the grid's default
 * layout. Kept for the session per grid, so a reload keeps the view: `useActiveView(grid)` in a view,
 * `activeViewOf(grid)` and `setActiveView(grid, entry)` elsewhere.
 */
import { useSyncExternalStore } from 'react';
import type { ColumnState, GridId, SavedView } from '../../../../shared/domain/preferences';

export interface ActiveView {
  view: SavedView;
  /** The layout on screen: the view's, as the operator has changed it since. */
  columns: ColumnState[];
}

const key = (grid: GridId) => `audit-console.activeView.${grid}`;
const listeners = new Set<() => void>();
const cache = new Map<GridId, ActiveView | null>();

function read(grid: GridId): ActiveView | null {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key(grid)) ?? 'null');
    return typeof stored === 'object' && stored !== null && 'view' in stored ? (stored as ActiveView) : null;
  } catch {
    return null;
  }
}

export function activeViewOf(grid: GridId): ActiveView | null {
  if (!cache.has(grid)) cache.set(grid, read(grid));
  return cache.get(grid) ?? null;
}

export function setActiveView(grid: GridId, entry: ActiveView | null): void {
  cache.set(grid, entry);
  try {
    if (entry) sessionStorage.setItem(key(grid), JSON.stringify(entry));
    else sessionStorage.removeItem(key(grid));
  } catch {
    // Storage unavailable: the view stays active for this page's life.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActiveView(grid: GridId): ActiveView | null {
  return useSyncExternalStore(subscribe, () => activeViewOf(grid));
}
