import { useEffect, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellFocusedEvent, ColumnMovedEvent, ColumnResizedEvent } from 'ag-grid-community';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import type { OperationalQuery } from '../../../../shared/query/logQuery';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { OPERATIONAL_COLUMNS, type GridContext } from './columns';
import { gridTheme } from './gridSetup';
import type { useLogGrid } from './useLogGrid';

// Constants, not literals: a new object on every render would make the grid re-read its column
// definitions and undo the operator's layout (hidden technical columns would hide again).
const DEFAULT_COLUMN = { resizable: true, sortable: false } as const;
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const SORTING_ORDER: ('desc' | 'asc')[] = ['desc', 'asc'];

interface LogGridProps {
  query: OperationalQuery;
  grid: ReturnType<typeof useLogGrid>;
  onSelect: (row: OperationalLog | null) => void;
}

/** The operational log grid: infinite scroll over cursor pages, sorted on the cluster. */
export function LogGrid({ query, grid, onSelect }: LogGridProps) {
  const { zone } = useTimeZone();
  const zoneRef = useRef(zone);
  // The grid reads its context once; cells and header ask it for the zone whenever they draw.
  const [context] = useState<GridContext>(() => ({ zone: () => zoneRef.current }));
  useEffect(() => {
    zoneRef.current = zone;
    const api = grid.gridApi.current;
    if (!api || api.isDestroyed()) return;
    api.refreshHeader();
    api.refreshCells({ columns: ['created'], force: true });
  }, [zone, grid.gridApi]);
  const onCellFocused = (event: CellFocusedEvent<OperationalLog>) => {
    if (event.rowIndex === null || event.rowIndex === undefined) return;
    const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
    if (node?.data) {
      node.setSelected(true, true);
      onSelect(node.data);
    }
  };
  return (
    <div className="grid" data-testid="log-grid">
      <AgGridReact<OperationalLog>
        theme={gridTheme}
        rowModelType="infinite"
        columnDefs={OPERATIONAL_COLUMNS}
        context={context}
        defaultColDef={DEFAULT_COLUMN}
        cacheBlockSize={query.pageSize}
        maxBlocksInCache={200}
        infiniteInitialRowCount={query.pageSize}
        maxConcurrentDatasourceRequests={1}
        getRowId={({ data }) => data.id}
        rowSelection={ROW_SELECTION}
        onGridReady={grid.onGridReady}
        onSortChanged={grid.onSortChanged}
        onCellFocused={onCellFocused}
        onRowClicked={({ data }) => onSelect(data ?? null)}
        onColumnMoved={(event: ColumnMovedEvent) => event.finished && grid.saveColumns()}
        onColumnResized={(event: ColumnResizedEvent) =>
          event.finished && event.source === 'uiColumnResized' && grid.saveColumns()
        }
        onColumnVisible={grid.saveColumns}
        tooltipShowDelay={600}
        suppressMultiSort
        sortingOrder={SORTING_ORDER}
      />
    </div>
  );
}
