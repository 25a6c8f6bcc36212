/**
 * `useDetailInResult(grid, row, queryKey, total)`: whether the event a detail panel shows is still in
 * the result once the query changed under it (the page stays mounted, so a link, a chip or "filter
 * for this value" changes the rows while the panel stays open). `'current'` while the query is the one
 * it was opened under or the grid holds the event; `'outside'` once every match is loaded and it is not
 * among them; `'unknown'` while the rows read so far do not hold it.
 */
import { useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';

export type DetailPlace = 'current' | 'outside' | 'unknown';

/** Whether the grid's loaded rows hold `id`, and whether they are all the `total` matches. */
function placeIn<Row extends { id: string }>(grid: GridApi<Row>, id: string, total: number | null): DetailPlace {
  let loaded = 0;
  let found = false;
  grid.forEachNode((node) => {
    if (!node.data) return;
    loaded += 1;
    if (node.data.id === id) found = true;
  });
  if (found) return 'current';
  return total !== null && loaded >= total ? 'outside' : 'unknown';
}

export function useDetailInResult<Row extends { id: string }>(
  grid: GridApi<Row> | null,
  row: Row | null,
  queryKey: string,
  total: number | null,
): DetailPlace {
  /** The query each shown event was opened under, or last seen in the grid under. */
  const [openedUnder, setOpenedUnder] = useState<{ id: string; key: string } | null>(null);
  if (row && openedUnder?.id !== row.id) setOpenedUnder({ id: row.id, key: queryKey });
  const moved = row !== null && openedUnder !== null && openedUnder.key !== queryKey;
  const [place, setPlace] = useState<{ key: string; place: DetailPlace }>({ key: queryKey, place: 'unknown' });
  useEffect(() => {
    if (!moved || !row || !grid || grid.isDestroyed()) return;
    // The grid may deliver an event queued before this effect let go of its listener: `live` ignores it.
    let live = true;
    const check = () => {
      if (!live || grid.isDestroyed()) return;
      const found = placeIn(grid, row.id, total);
      setPlace({ key: queryKey, place: found });
      // Found again under the new query: from now on it belongs to it.
      if (found === 'current') setOpenedUnder({ id: row.id, key: queryKey });
    };
    check();
    grid.addEventListener('modelUpdated', check);
    return () => {
      live = false;
      if (!grid.isDestroyed()) grid.removeEventListener('modelUpdated', check);
    };
  }, [moved, row, grid, queryKey, total]);
  if (!moved) return 'current';
  return place.key === queryKey ? place.place : 'unknown';
}
