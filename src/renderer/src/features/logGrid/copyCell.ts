/**
 * Ctrl+C (⌘C) on a focused grid cell copies what the cell shows, unless the operator selected text in
 * it, which the browser copies itself (cells allow text selection).
 */
import type { CellKeyDownEvent } from 'ag-grid-community';

export function copyFocusedCell(event: CellKeyDownEvent): void {
  const key = event.event;
  if (!(key instanceof KeyboardEvent) || !(key.ctrlKey || key.metaKey) || key.key.toLowerCase() !== 'c') return;
  if (window.getSelection()?.toString()) return;
  const shown = event.column.getColDef().valueFormatter
    ? event.api.getCellValue({ rowNode: event.node, colKey: event.column, useFormatter: true })
    : event.value;
  void navigator.clipboard.writeText(shown === null || shown === undefined ? '' : String(shown));
}
