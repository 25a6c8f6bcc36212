/**
 * `<LogGrid family query grid onSelect />`: AG Grid over cursor pages of `query` (state from
 * `useLogGrid`), sorted in main, times in the operator's zone; focusing or clicking a row selects it,
 * but for a click that follows a link in it. Enter on a cell holding a link follows it (`followCellLink`).
 * Ctrl+C on a cell the clipboard refuses shows its value in a dialog to copy by hand; the focus goes back
 * to the cell when it closes.
 */
import { useEffect, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellFocusedEvent, CellKeyDownEvent, ColumnMovedEvent, ColumnResizedEvent } from 'ag-grid-community';
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import type { GridContext } from './gridContext';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';
import { CellCopyDialog } from './CellCopyDialog';
import { copyFocusedCell, type RefusedCellCopy } from './copyCell';
import { clickedLink, followCellLink } from './followCellLink';
import { gridTheme } from './gridSetup';
import type { LogGridState } from './useLogGrid';

// Constants, not literals: a new object on every render would make the grid re-read its column
// definitions and undo the operator's layout (hidden technical columns would hide again).
const DEFAULT_COLUMN = { resizable: true, sortable: false } as const;
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const SORTING_ORDER: ('desc' | 'asc')[] = ['desc', 'asc'];
/** The grid's own words: an empty result (or a search main refused, which the banner above explains). */
const LOCALE_TEXT = { noRowsToShow: 'No logs to show' };
/** Tab enters the grid once and leaves it again; arrow keys move inside it. */
const LEAVE_ON_TAB = () => false as const;

interface LogGridProps<F extends LogFamily> {
  family: GridFamily<F>;
  query: QueryOf<F>;
  grid: LogGridState<F>;
  onSelect: (row: RowOf<F> | null) => void;
}

export function LogGrid<F extends LogFamily>({ family, query, grid, onSelect }: LogGridProps<F>) {
  const { zone } = useTimeZone();
  const zoneRef = useRef(zone);
  // The grid reads its context once; cells and header ask it for the zone whenever they draw.
  const [context] = useState<GridContext>(() => ({ zone: () => zoneRef.current }));
  useEffect(() => {
    zoneRef.current = zone;
    const api = grid.gridApi.current;
    if (!api || api.isDestroyed()) return;
    api.refreshHeader();
    api.refreshCells({ columns: [LOG_FIELDS[family.family].time], force: true });
  }, [zone, grid.gridApi, family.family]);
  const onCellFocused = (event: CellFocusedEvent<RowOf<F>>) => {
    if (event.rowIndex === null || event.rowIndex === undefined) return;
    const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
    if (node?.data) {
      node.setSelected(true, true);
      onSelect(node.data);
    }
  };
  const [refusedCopy, setRefusedCopy] = useState<RefusedCellCopy | null>(null);
  const closeRefusedCopy = () => {
    setRefusedCopy(null);
    const api = grid.gridApi.current;
    if (!refusedCopy || refusedCopy.rowIndex === null || !api || api.isDestroyed()) return;
    api.setFocusedCell(refusedCopy.rowIndex, refusedCopy.column);
  };
  const onCellKeyDown = (event: CellKeyDownEvent<RowOf<F>>) => {
    copyFocusedCell(event, setRefusedCopy);
    followCellLink(event);
  };
  return (
    <div className="grid" data-testid="log-grid">
      <AgGridReact<RowOf<F>>
        theme={gridTheme}
        rowModelType="infinite"
        columnDefs={family.columns}
        context={context}
        defaultColDef={DEFAULT_COLUMN}
        localeText={LOCALE_TEXT}
        cacheBlockSize={query.pageSize}
        maxBlocksInCache={200}
        infiniteInitialRowCount={query.pageSize}
        maxConcurrentDatasourceRequests={1}
        getRowId={({ data }) => data.id}
        rowSelection={ROW_SELECTION}
        onGridReady={grid.onGridReady}
        onSortChanged={grid.onSortChanged}
        onCellFocused={onCellFocused}
        enableCellTextSelection
        ensureDomOrder
        onCellKeyDown={onCellKeyDown}
        onRowClicked={({ data, event }) => {
          if (!clickedLink(event)) onSelect(data ?? null);
        }}
        onColumnMoved={(event: ColumnMovedEvent) => event.finished && grid.saveColumns()}
        onColumnResized={(event: ColumnResizedEvent) =>
          event.finished && event.source === 'uiColumnResized' && grid.saveColumns()
        }
        onColumnVisible={grid.saveColumns}
        // A column hidden, shown or moved snaps into place: columns sliding there would leave a blank
        // strip for a moment where one had been.
        suppressColumnMoveAnimation
        tooltipShowDelay={600}
        suppressMultiSort
        tabToNextCell={LEAVE_ON_TAB}
        tabToNextHeader={LEAVE_ON_TAB}
        sortingOrder={SORTING_ORDER}
      />
      {refusedCopy && (
        <CellCopyDialog text={refusedCopy.text} columnName={refusedCopy.columnName} onClose={closeRefusedCopy} />
      )}
    </div>
  );
}
