/**
 * Ctrl+C (⌘C) on a focused grid cell copies what the cell shows, unless the operator selected text in
 * it, which the browser copies itself (cells allow text selection).
 */
import type { CellKeyDownEvent, Column } from 'ag-grid-community';

/** A cell's copy the clipboard refused: what it shows, under which column, and where the cell is. */
export interface RefusedCellCopy {
  text: string;
  /** The column's name, as its header reads it. */
  columnName: string;
  rowIndex: number | null;
  column: Column;
}

/** Copies the focused cell on Ctrl+C (⌘C); `onRefused` is given the cell when the clipboard refuses it. */
export function copyFocusedCell(event: CellKeyDownEvent, onRefused: (refused: RefusedCellCopy) => void): void {
  const key = event.event;
  if (!(key instanceof KeyboardEvent) || !(key.ctrlKey || key.metaKey) || key.key.toLowerCase() !== 'c') return;
  if (window.getSelection()?.toString()) return;
  const { column, rowIndex } = event;
  const shown = column.getColDef().valueFormatter
    ? event.api.getCellValue({ rowNode: event.node, colKey: column, useFormatter: true })
    : event.value;
  const text = shown === null || shown === undefined ? '' : String(shown);
  const columnName = column.getColDef().headerName ?? column.getColId();
  navigator.clipboard.writeText(text).catch(() => onRefused({ text, columnName, rowIndex, column }));
}
