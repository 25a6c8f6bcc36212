/**
 * `<ClientGridTab family clientId path rangeRefused params permissions detail />`: one client's logs of a
 * family through the grid's own pieces (route state, filter panel, chips, facet counts, histogram, cursor
 * pages, detail panel). The client is the page's, not a filter of the route: every request carries it, and
 * the chips show what the operator chose on top of it. The range is the page's too: what is wrong with it
 * is said once, at the page's range control, and the grid shows no rows meanwhile. While the grid does not
 * run the query its link asks for, its query is neither exported nor pinned (see `unaskedQueryReason`).
 */
import { useState, type ReactNode } from 'react';
import type { Permission } from '../../../../shared/domain/roles';
import { PAGE_SIZES, type LogFamily } from '../../../../shared/query/logQuery';
import { AddToCase, RefusedAction } from '../cases/AddToCase';
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
import { queryToParams } from '../logGrid/queryRoute';
import { unaskedQueryReason } from '../logGrid/unaskedQueryReason';
import { useRouteQuery } from '../logGrid/useRouteQuery';
import { navigate } from '../../routing/useHashRoute';
import { SESSIONS_PARAMS, TIME_PARAMS, sameTimeRange, withoutIgnored, withWrittenRange } from './clientPageRoute';
import { closeOnEscape, usePanelFocus } from '../logGrid/usePanelFocus';

interface ClientGridTabProps<F extends LogFamily> {
  family: GridFamily<F>;
  clientId: string;
  /** The tab's route, e.g. `/clients/C1/events`. */
  path: string;
  label: string;
  /** Whether the page's range cannot be used (said at its control): the grid shows no rows until it is fixed. */
  rangeRefused: boolean;
  /** The page's address parameters, as written. */
  params: URLSearchParams;
  permissions: readonly Permission[];
  /** Extra sections of the detail panel for a selected row (cross-links). */
  detail?: (row: RowOf<F>) => ReactNode;
  /**
   * Extra toolbar buttons, given the query as the grid runs it and, while that is not the query the link
   * asks for, why exporting it is refused.
   */
  tools?: (query: QueryOf<F>, exportRefused: string | null) => ReactNode;
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
  rangeRefused,
  params,
  permissions,
  detail,
  tools,
}: ClientGridTabProps<F>) {
  const [routeQuery, setRouteQuery, ignored] = useRouteQuery(family.family, path, SESSIONS_PARAMS);
  const linkProblems = ignored.filter(({ param }) => !(TIME_PARAMS as readonly string[]).includes(param));
  const chosen = withoutClient(routeQuery);
  const setQuery = (next: QueryOf<F>) => {
    // While the range is refused, a new page size or filters keep it as written, for its control to go on
    // saying what is wrong (the grid shows nothing meanwhile): only a range chosen anew replaces it.
    if (!rangeRefused || !sameTimeRange(next.timeRange, chosen.timeRange)) return setRouteQuery(withoutClient(next));
    const search = withWrittenRange(queryToParams(withoutClient(next)), params).toString();
    navigate(search ? `${path}?${search}` : path);
  };
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
  const showWithout = () => {
    // A refused range stays as written, for its control to go on saying so: only what the notice names goes.
    const kept = rangeRefused ? withoutIgnored(params, linkProblems).toString() : null;
    if (kept === null) setQuery(chosen);
    else navigate(kept ? `${path}?${kept}` : path);
    focusButton();
  };
  const shown = label.toLowerCase();
  const unasked = { problems: linkProblems.length, rangeRefused, shown: `the ${shown}` };
  const pinRefused = unaskedQueryReason('pin the query to a case', unasked);
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
        {pinRefused === null ? (
          <AddToCase evidence={{ kind: 'query', label: `Client ${clientId} · ${label}`, query, view: 'client' }} />
        ) : (
          permissions.includes('cases:manage') && <RefusedAction label="Add to case…" reason={pinRefused} />
        )}
        {tools?.(query, unaskedQueryReason(`export ${unasked.shown}`, unasked))}
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
      {linkProblems.length > 0 ? (
        <IgnoredParams
          ignored={linkProblems}
          onShowWithout={showWithout}
          meanwhile={`no ${shown} are shown yet`}
          showing={`the ${shown}`}
        />
      ) : rangeRefused ? null : (
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
