/**
 * `<MetadataCell />`: the events grid's metadata cell. It shows the JSON on one line; its button (or
 * Enter on the focused cell) expands the metadata in place, as a panel opening under the row (a grid
 * of server pages keeps every row the same height, so the panel lies over the rows below it rather
 * than pushing them down). Focus moves into the panel; Escape, Enter on the cell, the button again,
 * focus leaving the panel or the row moving folds it, and Escape or the row moving gives focus back to
 * the cell.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import type { ICellRendererParams } from 'ag-grid-community';
import type { ClientActivity } from '../../../../shared/domain/clientActivity';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { JsonTree } from '../../components/JsonTree';
import { formatTimestamp } from '../../format/formatTimestamp';
import { zoneIn } from '../logGrid/gridContext';
import { eventLabel } from './actorDisplay';

/** The panel's room: under the row when there is space for this much, otherwise above it. */
const PANEL_ROOM_PX = 220;

/** Where the panel goes: the grid's width, under (or above) the row of the cell. */
function panelPlace(cell: HTMLElement): CSSProperties {
  const row = cell.getBoundingClientRect();
  const grid = (cell.closest('[data-testid="log-grid"]') ?? cell).getBoundingClientRect();
  const below = window.innerHeight - row.bottom;
  const vertical: CSSProperties =
    below >= PANEL_ROOM_PX || below >= row.top
      ? { top: row.bottom, maxHeight: Math.max(below - 8, 120) }
      : { bottom: window.innerHeight - row.top, maxHeight: Math.max(row.top - 8, 120) };
  return { ...vertical, left: grid.left, width: grid.width };
}

export function MetadataCell({ data, api, node, column, eGridCell, context }: ICellRendererParams<ClientActivity>) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<CSSProperties>({});
  const panel = useRef<HTMLDivElement>(null);
  const refocusCell = () => {
    if (node.rowIndex !== null && column) api.setFocusedCell(node.rowIndex, column);
  };
  useEffect(() => {
    // Enter on the focused cell (not on the panel inside it) opens or folds the metadata.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.target !== eGridCell) return;
      event.preventDefault();
      setOpen((was) => !was);
    };
    eGridCell.addEventListener('keydown', onKey);
    return () => eGridCell.removeEventListener('keydown', onKey);
  }, [eGridCell]);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    eGridCell.scrollIntoView({ block: 'nearest' });
    const rowTop = eGridCell.getBoundingClientRect().top;
    setPlace(panelPlace(eGridCell));
    if (!element.matches(':popover-open')) element.showPopover();
    element.focus();
    // The panel belongs to where the row is: the row moving (the grid scrolled, the window resized) folds
    // it, and the keyboard, when it was in the panel, goes back to the cell rather than to nowhere. A grid
    // only narrowed or scrolled sideways (the row's detail opening beside it) keeps it, placed anew.
    const follow = () => {
      if (eGridCell.getBoundingClientRect().top === rowTop) return setPlace(panelPlace(eGridCell));
      const focused = element.contains(document.activeElement);
      setOpen(false);
      if (focused && node.rowIndex !== null && column) api.setFocusedCell(node.rowIndex, column);
    };
    api.addEventListener('bodyScroll', follow);
    api.addEventListener('gridSizeChanged', follow);
    window.addEventListener('resize', follow);
    return () => {
      if (!api.isDestroyed()) {
        api.removeEventListener('bodyScroll', follow);
        api.removeEventListener('gridSizeChanged', follow);
      }
      window.removeEventListener('resize', follow);
    };
  }, [open, api, eGridCell, node, column]);
  if (!data) return null;
  // Named with the time as the row's date cell shows it, in the operator's zone.
  const shownAt = formatTimestamp(data.createdAt, zoneIn(context));
  const name = `${showHiddenCharacters(eventLabel(data.eventName).label)} at ${shownAt}`;
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    // Keys inside the panel are the panel's: the grid must not move its focus on arrows or Enter.
    event.stopPropagation();
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    refocusCell();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && (panel.current?.contains(next) || eGridCell.contains(next))) return;
    setOpen(false);
  };
  return (
    <span className="metadata-cell">
      <button
        type="button"
        className="metadata-toggle"
        aria-expanded={open}
        aria-label={`Metadata of ${name}`}
        // The grid moves focus itself; the cell, not the button, is the keyboard's stop.
        tabIndex={-1}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <span className="metadata-inline">{showHiddenCharacters(JSON.stringify(data.metadata))}</span>
      {open && (
        <div
          ref={panel}
          popover="manual"
          role="region"
          aria-label={`Metadata of ${name}`}
          className="metadata-panel"
          style={place}
          tabIndex={-1}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        >
          <JsonTree value={data.metadata} openDepth={3} />
        </div>
      )}
    </span>
  );
}
