/**
 * `<ClientGridTab family clientId path permissions detail />`: one client's logs of a family through the
 * grid's own pieces (route state, filter panel, chips, facet counts, histogram, cursor pages, detail
 * panel). The client is the page's, not a filter of the route: every request carries it, and the chips
 * show what the operator chose on top of it.
 */
import { useState, type ReactNode } from 'react';
import type { Permission } from '../../../../shared/domain/roles';
import { PAGE_SIZES, type LogFamily } from '../../../../shared/query/logQuery';
import { AddToCase } from '../cases/AddToCase';
import { DetailPanel } from '../logGrid/DetailPanel';
import { FilterChips } from '../logGrid/FilterChips';
import { FilterPanel } from '../logGrid/FilterPanel';
import { GridBanners } from '../logGrid/GridBanners';
import type { GridFamily, QueryOf, RowOf } from '../logGrid/gridFamily';
import { IgnoredParams } from '../logGrid/IgnoredParams';
import { LogGrid } from '../logGrid/LogGrid';
import { MatchesHistogram } from '../logGrid/MatchesHistogram';
import { withFilter } from '../logGrid/queryFilters';
import { useLogGrid } from '../logGrid/useLogGrid';
import { useRouteQuery } from '../logGrid/useRouteQuery';
import { SESSIONS_PARAMS } from './clientPageRoute';
import { closeOnEscape, usePanelFocus } from '../logGrid/usePanelFocus';

interface ClientGridTabProps<F extends LogFamily> {
  family: GridFamily<F>;
  clientId: string;
  /** The tab's route, e.g. `/clients/C1/events`. */
  path: string;
  label: string;
  permissions: readonly Permission[];
  /** Extra sections of the detail panel for a selected row (cross-links). */
  detail?: (row: RowOf<F>) => ReactNode;
  /** Extra toolbar buttons, given the query as the grid runs it. */
  tools?: (query: QueryOf<F>) => ReactNode;
}

/** The route's query without the page's own client, which every request adds back. */
function withoutClient<Q extends QueryOf<LogFamily>>(query: Q): Q {
  return withFilter(query, 'clientId', []);
}

export function ClientGridTab<F extends LogFamily>({
  family,
  clientId,
  path,
  label,
  permissions,
  detail,
  tools,
}: ClientGridTabProps<F>) {
  const [routeQuery, setRouteQuery, ignored] = useRouteQuery(family.family, path, SESSIONS_PARAMS);
  const chosen = withoutClient(routeQuery);
  const setQuery = (next: QueryOf<F>) => setRouteQuery(withoutClient(next));
  const query = withFilter(chosen, 'clientId', [clientId]);
  const grid = useLogGrid(family, query, setQuery);
  const [panel, setPanel] = useState(false);
  const { buttonRef: filtersButtonRef, panelRef: filterPanelRef, focusPanel, focusButton } = usePanelFocus();
  const openPanel = () => {
    setPanel(true);
    focusPanel();
  };
  const closePanel = () => {
    setPanel(false);
    focusButton();
  };
  const [selected, setSelected] = useState<RowOf<F> | null>(null);
  return (
    <div className="client-grid">
      <div className="toolbar">
        <button
          ref={filtersButtonRef}
          type="button"
          onClick={panel ? closePanel : openPanel}
          onKeyDown={closeOnEscape(panel, closePanel)}
          aria-expanded={panel}
        >
          Filters
        </button>
        <label>
          Items per page{' '}
          <select
            aria-label={`${label}: items per page`}
            value={query.pageSize}
            onChange={(event) =>
              setQuery({ ...chosen, pageSize: Number(event.target.value) as typeof query.pageSize, cursor: undefined })
            }
          >
            {PAGE_SIZES.map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </label>
        <AddToCase evidence={{ kind: 'query', label: `Client ${clientId} · ${label}`, query }} />
        {tools?.(query)}
      </div>
      {panel && (
        <FilterPanel
          key={JSON.stringify(chosen)}
          ref={filterPanelRef}
          family={family}
          applied={chosen}
          refusal={grid.status.failure}
          onSave={(next) => {
            setQuery(next);
            closePanel();
          }}
          onClose={closePanel}
        />
      )}
      <FilterChips query={chosen} onChange={setQuery} />
      {ignored.length > 0 ? (
        <IgnoredParams ignored={ignored} onShowWithout={() => setQuery(chosen)} />
      ) : (
        <>
          <MatchesHistogram family={family} query={query} onNarrow={setQuery} />
          <GridBanners status={grid.status} onCancel={grid.cancel} onRetry={grid.retry} onEdit={() => setPanel(true)} />
          <div className="grid-and-detail">
            <LogGrid key={query.pageSize} family={family} query={query} grid={grid} onSelect={setSelected} />
            {selected && (
              <DetailPanel
                family={family}
                row={selected}
                onClose={() => setSelected(null)}
                canAddToCase={permissions.includes('cases:manage')}
              >
                {detail?.(selected)}
              </DetailPanel>
            )}
          </div>
        </>
      )}
    </div>
  );
}
