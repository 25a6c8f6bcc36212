/**
 * Enter on a focused grid cell that holds a link (a row's client) follows it, as Enter on the link itself
 * does: arrow keys move from cell to cell and Tab leaves the grid, so this is how the keyboard reaches the
 * link. The link takes the focus first, so Back gives it back to the link followed.
 */
import type { CellKeyDownEvent } from 'ag-grid-community';

export function followCellLink(event: CellKeyDownEvent): void {
  const key = event.event;
  if (!(key instanceof KeyboardEvent) || key.key !== 'Enter' || key.defaultPrevented) return;
  if (key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return;
  // Enter on the link itself follows it already.
  const cell = key.target instanceof HTMLElement ? key.target : null;
  if (!cell?.matches('[role="gridcell"]')) return;
  const link = cell.querySelector<HTMLAnchorElement>('a[href]');
  if (!link) return;
  key.preventDefault();
  link.focus();
  link.click();
}

/** Whether a click in a row landed on a link in it: following the link is not choosing the row. */
export function clickedLink(event: Event | null | undefined): boolean {
  const target = event?.target;
  return target instanceof Element && target.closest('a[href]') !== null;
}
