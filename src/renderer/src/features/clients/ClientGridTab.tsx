/**
 * `<ClientGridTab family clientId path rangeRefused params permissions detail />`: one client's logs of a
 * family through the grid's own pieces (route state, filter panel, chips, facet counts, histogram, cursor
 * pages, column chooser, detail panel). The client is the page's, not a filter of the route: every request carries it, and
 * the chips show what the operator chose on top of it. The range is the page's too: what is wrong with it
 * is said once, at the page's range control, and the grid shows no rows meanwhile. What else its link asks
 * for that it cannot use is named under the page's title, as on every page (`noticeSlot`), and the grid
 * shows no rows until the operator drops it. While the grid does not run the query its link asks for, its
 * query is neither exported nor pinned (see `unaskedQueryReason`).
 */
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Permission } from '../../../../shared/domain/roles';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { DETAIL_PARAM } from '../logGrid/detailParam';
import { FilterChips } from '../logGrid/FilterChips';
import { FilterPanel } from '../logGrid/FilterPanel';
import type { GridFamily, QueryOf, RowOf } from '../logGrid/gridFamily';
import { IgnoredParams } from '../logGrid/IgnoredParams';
import { withFilter } from '../logGrid/queryFilters';
import { useLogGrid } from '../logGrid/useLogGrid';
import { unaskedQueryReason } from '../logGrid/unaskedQueryReason';
import { useRouteQuery } from '../logGrid/useRouteQuery';
import { useRowDetail } from '../logGrid/useRowDetail';
import { useRowStepper } from '../logGrid/useRowStepper';
import { navigate, routeSearch, useHashRoute } from '../../routing/useHashRoute';
import { withSearch } from '../../routing/withSearch';
import {
  SESSIONS_PARAMS,
  TIME_PARAMS,
  linkedRange,
  rangeProblem,
  readTimeParams,
  sameTimeRange,
  sessionParamsNeverRead,
  withoutIgnored,
} from './clientPageRoute';
import { RangeRefusedNote } from './RangeRefusedNote';
import { useClientEventLookup } from './useClientEventLookup';
import { BundleCoverageNote, useBundleCoverage, viewAsk } from '../bundles/BundleCoverageNote';
import { usePanelFocus } from '../logGrid/usePanelFocus';
import { ClientGridResults } from './ClientGridResults';
import { ClientGridToolbar } from './ClientGridToolbar';

interface ClientGridTabProps<F extends LogFamily> {
  family: GridFamily<F>;
  clientId: string;
  /** The tab's route, e.g. `/clients/C1/events`. */
  path: string;
  label: string;
  /** Whether the page's range cannot be used (said at its control): the grid shows no rows until it is fixed. */
  rangeRefused: boolean;
  /**
   * Whether the operator's role may open the Sessions view: the grid then keeps its parameters (the gap) for
   * it, unread; otherwise nothing ever reads them, and the grid names them as ignored.
   */
  sessionsOpen: boolean;
  /** The page's address parameters, as written. */
  params: URLSearchParams;
  /** Where the page names what its address asks for that it does not use: right after its title. */
  noticeSlot: HTMLElement | null;
  permissions: readonly Permission[];
  /** Extra sections of the detail panel for a selected row (cross-links). */
  detail?: (row: RowOf<F>) => ReactNode;
  /**
   * Extra toolbar buttons, given the query as the grid runs it and, while that is not the query the link
   * asks for, why exporting it is refused.
   */
  tools?: (query: QueryOf<F>, exportRefused: string | null) => ReactNode;
}

/** The address's parameters the grid leaves alone: the event its detail shows, and the Sessions view's gap when kept for it. */
const DETAIL_KEPT: readonly string[] = [DETAIL_PARAM];
const SESSIONS_AND_DETAIL_KEPT: readonly string[] = [...SESSIONS_PARAMS, DETAIL_PARAM];

/** What a tab's grid shows, as its sentences name it: "logs", "events". */
const shownOf = (label: string): string => label.toLowerCase();

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
  sessionsOpen,
  params,
  noticeSlot,
  permissions,
  detail,
  tools,
}: ClientGridTabProps<F>) {
  const [routeQuery, setRouteQuery, ignored] = useRouteQuery(
    family.family,
    path,
    sessionsOpen ? SESSIONS_AND_DETAIL_KEPT : DETAIL_KEPT,
  );
  const notLinkProblems: readonly string[] = sessionsOpen ? TIME_PARAMS : [...TIME_PARAMS, ...SESSIONS_PARAMS];
  const linkProblems = [
    ...ignored.filter(({ param }) => !notLinkProblems.includes(param)),
    // Each value of the gap, with why it goes, rather than "no such parameter".
    ...(sessionsOpen ? [] : sessionParamsNeverRead(params)),
  ];
  const chosen = withoutClient(routeQuery);
  /** A new page size or filters with the range as the address writes it, for its control to go on saying what is wrong. */
  const keepWrittenRange = (next: QueryOf<F>) => setRouteQuery(withoutClient(next), { keepWritten: TIME_PARAMS });
  const setQuery = (next: QueryOf<F>) => {
    // While the range is refused, the grid shows nothing and only a range chosen anew replaces it.
    if (!rangeRefused || !sameTimeRange(next.timeRange, chosen.timeRange)) return setRouteQuery(withoutClient(next));
    keepWrittenRange(next);
  };
  const refusedRange = rangeRefused
    ? {
        range: linkedRange(params),
        problem:
          rangeProblem(readTimeParams(params).timeIgnored, `no ${shownOf(label)} are shown until it is fixed`) ?? '',
      }
    : undefined;
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
  const lookup = useClientEventLookup(family, clientId, shownOf(label));
  const rowDetail = useRowDetail(grid.settledGrid, `${family.grid}:${clientId}`, { lookup });
  const step = useRowStepper(grid.settledGrid, rowDetail.selected, rowDetail.show);
  const search = routeSearch(useHashRoute());
  const showWithout = () => {
    // Only what the notice names goes; the rest stays as written (a refused range for its control to go on
    // saying so, a gap or an open event not validly encoded for the view that names it).
    const kept = withoutIgnored(search, linkProblems);
    navigate(withSearch(path, kept));
    focusButton();
  };
  const shown = shownOf(label);
  const unasked = { ignored: linkProblems, rangeRefused, shown: `the ${shown}` };
  const pinRefused = unaskedQueryReason('pin the query to a case', unasked);
  const coverage = useBundleCoverage(
    viewAsk(family.family, [clientId], query.timeRange),
    `No ${shown} of this client can be shown from it.`,
  );
  return (
    <div className="client-grid">
      <ClientGridToolbar
        family={family}
        clientId={clientId}
        label={label}
        query={query}
        grid={grid}
        panel={panel}
        filtersButton={filtersButtonRef}
        onOpenPanel={openPanel}
        onClosePanel={closePanel}
        onPageSize={(pageSize) => setQuery({ ...chosen, pageSize, cursor: undefined })}
        pinRefused={pinRefused}
        tools={tools?.(query, unaskedQueryReason(`export ${unasked.shown}`, unasked))}
      />
      {panel && (
        <FilterPanel
          ref={filterPanelRef}
          family={family}
          applied={chosen}
          fixedFilters={{ clientId: [clientId] }}
          refusal={grid.status.failure}
          {...(refusedRange ? { linkRange: refusedRange } : {})}
          onSave={(next, keptLinkRange) => {
            if (keptLinkRange) keepWrittenRange(next);
            else setRouteQuery(withoutClient(next));
            closePanel();
          }}
          onClose={closePanel}
        />
      )}
      <FilterChips query={chosen} refusal={grid.status.failure} onChange={setQuery} />
      {linkProblems.length > 0 ? (
        <>
          {noticeSlot &&
            createPortal(
              <IgnoredParams
                ignored={linkProblems}
                onShowWithout={showWithout}
                meanwhile={`no ${shown} are shown yet`}
                showing={`the ${shown}`}
              />,
              noticeSlot,
            )}
          <p className="muted" role="status">
            No {shown} are shown yet: this link asks for {linkProblems.length === 1 ? 'something' : 'things'} the
            console cannot use, named under the page’s title.
          </p>
        </>
      ) : rangeRefused ? (
        <RangeRefusedNote nothing={`No ${shown} are shown`} shown={`the ${shown}`} />
      ) : coverage?.outside ? (
        <BundleCoverageNote note={coverage} />
      ) : (
        <ClientGridResults
          family={family}
          query={query}
          grid={grid}
          onQueryChange={setQuery}
          onEditQuery={() => setPanel(true)}
          coverage={coverage}
          rowDetail={rowDetail}
          step={step}
          permissions={permissions}
          detail={detail}
        />
      )}
    </div>
  );
}
