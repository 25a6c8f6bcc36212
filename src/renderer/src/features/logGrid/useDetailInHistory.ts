/**
 * A row's detail stays with the window's history entry it was open on, so Back (or Forward) to that
 * entry shows it again, though the page was drawn anew. The entry keeps only the row's id and where it
 * was shown (`place`: a grid and, on a client page, the client); the row itself is kept in this window's
 * memory, the last few shown, and never written into the history, which a browser may save to disk.
 * `restoredDetail(place)` gives the row to show when a page is drawn for the entry;
 * `useDetailInHistory(place, shown)` notes in each entry the row shown while it is the current one.
 */
import { useEffect } from 'react';
import { useHashRoute } from '../../routing/useHashRoute';

/** The key of the history entry's state under which the open detail is noted. */
const DETAIL = 'rowDetail';
/** How many rows shown in a detail this window remembers for Back. */
const ROWS_KEPT = 50;

interface NotedDetail {
  place: string;
  id: string;
}

const rowsShown = new Map<string, { id: string }>();

const rowKey = (place: string, id: string): string => `${place}\u0000${id}`;

function entryState(): Record<string, unknown> {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
}

function notedDetail(): NotedDetail | null {
  const noted = entryState()[DETAIL];
  if (typeof noted !== 'object' || noted === null) return null;
  const { place, id } = noted as Record<string, unknown>;
  return typeof place === 'string' && typeof id === 'string' ? { place, id } : null;
}

function remember(place: string, row: { id: string }): void {
  const key = rowKey(place, row.id);
  rowsShown.delete(key);
  rowsShown.set(key, row);
  const oldest = rowsShown.keys().next().value;
  if (rowsShown.size > ROWS_KEPT && oldest !== undefined) rowsShown.delete(oldest);
}

/** The row the current history entry showed in `place`'s detail, if this window still remembers it. */
export function restoredDetail<Row extends { id: string }>(place: string): Row | null {
  const noted = notedDetail();
  if (noted?.place !== place) return null;
  return (rowsShown.get(rowKey(place, noted.id)) as Row | undefined) ?? null;
}

/** A row this window showed in `place`'s detail and still remembers, by its id. */
export function rememberedRow<Row extends { id: string }>(place: string, id: string): Row | null {
  return (rowsShown.get(rowKey(place, id)) as Row | undefined) ?? null;
}

/** Notes `shown` in the current history entry (`place` null: the page keeps no detail across entries). */
export function useDetailInHistory(place: string | null, shown: { id: string } | null): void {
  // A new address is a new entry: it notes the row still shown, for Back to come to it with the detail.
  const route = useHashRoute();
  useEffect(() => {
    if (place === null) return;
    const noted = notedDetail();
    const others = Object.fromEntries(Object.entries(entryState()).filter(([key]) => key !== DETAIL));
    if (shown) {
      remember(place, shown);
      if (noted?.place === place && noted.id === shown.id) return;
      window.history.replaceState({ ...others, [DETAIL]: { place, id: shown.id } }, '');
    } else if (noted?.place === place) {
      window.history.replaceState(others, '');
    }
  }, [place, shown, route]);
}
