import type { ReactNode, RefObject } from 'react';
import { PAGE_SIZES, type LogFamily } from '../../../../shared/query/logQuery';
import { AddToCase } from '../cases/AddToCase';
import { ColumnChooser } from '../logGrid/ColumnChooser';
import type { GridFamily, QueryOf } from '../logGrid/gridFamily';
import { closeOnEscape } from '../logGrid/usePanelFocus';
import type { LogGridState } from '../logGrid/useLogGrid';

interface ClientGridToolbarProps<F extends LogFamily> {
  family: GridFamily<F>;
  clientId: string;
  label: string;
  /** The query as the grid runs it, the page's client included. */
  query: QueryOf<F>;
  grid: LogGridState<F>;
  /** Whether the filter panel is open; the Filters button opens and closes it, Escape on it too. */
  panel: boolean;
  filtersButton: RefObject<HTMLButtonElement | null>;
  onOpenPanel: () => void;
  onClosePanel: () => void;
  onPageSize: (pageSize: QueryOf<F>['pageSize']) => void;
  /** Why pinning the query to a case is refused, or null when it may be. */
  pinRefused: string | null;
  /** The tab's own buttons (an export). */
  tools: ReactNode;
}

/** A client grid tab's toolbar: filters, page size, columns, pinning the query to a case, and the tab's own tools. */
export function ClientGridToolbar<F extends LogFamily>({
  family,
  clientId,
  label,
  query,
  grid,
  panel,
  filtersButton,
  onOpenPanel,
  onClosePanel,
  onPageSize,
  pinRefused,
  tools,
}: ClientGridToolbarProps<F>) {
  return (
    <div className="toolbar">
      <button
        ref={filtersButton}
        type="button"
        onClick={panel ? onClosePanel : onOpenPanel}
        onKeyDown={closeOnEscape(panel, onClosePanel)}
        aria-expanded={panel}
      >
        Filters
      </button>
      <label>
        Items per page{' '}
        <select
          aria-label={`${label}: items per page`}
          value={query.pageSize}
          onChange={(event) => onPageSize(Number(event.target.value) as QueryOf<F>['pageSize'])}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size}>{size}</option>
          ))}
        </select>
      </label>
      <ColumnChooser columns={family.columns} grid={grid.settledGrid} />
      <AddToCase
        evidence={{ kind: 'query', label: `Client ${clientId} · ${label}`, query, view: 'client' }}
        refused={pinRefused}
      />
      {tools}
    </div>
  );
}
