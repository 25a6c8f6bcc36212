/**
 * `<ClientPage clientId route info />`: one client's whole story: the header for the chosen range and
 * the tabs (Sessions: events or sessions; Logs; Coverage). A client the console does not know, or one
 * outside the operator's scope, is said so by id, with the search to look another up.
 */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract/appInfo';
import { operatorOf } from '../access/operator';
import type { LogQuery, TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { navigate, routeSearch } from '../../routing/useHashRoute';
import { withSearch } from '../../routing/withSearch';
import { RefusedAction } from '../../components/RefusedAction';
import { ExportDialog } from '../export/ExportDialog';
import { rememberNames } from '../logGrid/knownNames';
import { ActivityAround, OperationsAround } from './CrossLinks';
import { ACTIVITY_GRID } from './activityGrid';
import { ClientErrorPage } from './ClientErrorPage';
import { ClientGridTab } from './ClientGridTab';
import { ClientHeader } from './ClientHeader';
import { ClientLinkNotice } from './ClientLinkNotice';
import { ClientRangeControl } from './ClientRangeControl';
import { CLIENT_LOGS_GRID } from './clientLogsGrid';
import {
  clientViewPath,
  linkedRange,
  rangeProblem,
  readClientPageRoute,
  TIME_PARAMS,
  unreadParams,
  withoutIgnored,
  withTimeRange,
  withUnreadableKept,
  type ClientView,
} from './clientPageRoute';
import { CoverageView } from './CoverageView';
import { RangeRefusedNote } from './RangeRefusedNote';
import { refusedClientView } from './refusedClientView';
import { SessionsView } from './SessionsView';
import { useClientTabsFocus } from './useClientTabsFocus';
import { useFocusOnAppliedRange } from './useFocusOnAppliedRange';
import './clients.css';

interface ClientPageProps {
  clientId: string;
  route: string;
  info: AppInfo | null;
}

const TABS = [
  { tab: 'Sessions', views: ['events', 'sessions'] },
  { tab: 'Logs', views: ['logs'] },
  { tab: 'Coverage', views: ['coverage'] },
] as const;

export function ClientPage({ clientId, route, info }: ClientPageProps) {
  const api = useApi();
  const page = readClientPageRoute(route);
  const permissions = operatorOf(info).permissions;
  const showsActivity = permissions.includes('activity:read');
  const [exporting, setExporting] = useState<LogQuery | null>(null);
  const [gridNoticeSlot, setGridNoticeSlot] = useState<HTMLDivElement | null>(null);
  const rangeKey = JSON.stringify(page.timeRange ?? null);
  const rangeError = rangeProblem(page.timeIgnored, 'the views show nothing until it is fixed');
  const rangeRefused = rangeError !== undefined;
  const summary = useRequest(
    () => api.clientSummary({ clientId, ...(page.timeRange ? { timeRange: page.timeRange } : {}) }),
    [api, clientId, rangeKey],
  );
  const named = summary.data?.name;
  useEffect(() => {
    // Chips and links elsewhere read the client's id as this name from now on.
    if (named) rememberNames([{ id: clientId, name: named }]);
  }, [clientId, named]);
  const { rangeRef, focusWhenApplied } = useFocusOnAppliedRange(rangeKey);
  // The range and gap go from view to view as the address writes them, one not validly encoded included.
  const go = (view: ClientView) => navigate(clientViewPath(clientId, view, routeSearch(route)));
  const setRange = (range: TimeRange | undefined, options?: { replace: boolean }) => {
    const isTime = (name: string) => (TIME_PARAMS as readonly string[]).includes(name);
    const search = withUnreadableKept(withTimeRange(page.params, range), routeSearch(route), (name) => !isTime(name));
    navigate(withSearch(route.split('?', 1)[0] ?? '', search), options);
  };
  const view = page.view ?? 'events';
  const shown = showsActivity || view === 'logs' ? view : 'logs';
  const { listRef: tabListRef, onFocus: onTabFocus, onKeyDown: onTabKeyDown } = useClientTabsFocus(shown);
  if (summary.error) {
    return (
      <ClientErrorPage
        clientId={clientId}
        route={route}
        view={shown}
        sessionsOpen={showsActivity}
        message={summary.error.message}
      />
    );
  }
  const tabs = TABS.filter((item) => showsActivity || item.tab === 'Logs');
  const base = route.split('?', 1)[0] ?? route;
  const gridView = shown === 'events' || shown === 'logs';
  // The grids name what they cannot use themselves, in the place the notice leaves them under the title.
  const unread = gridView ? [] : [...page.unreadable, ...unreadParams(page.params, page.bare)];
  const withoutUnread = withoutIgnored(routeSearch(route), unread);
  const refusedView = info ? refusedClientView(info.operator.role, clientId, page, routeSearch(route)) : null;
  const exportAll = (query: LogQuery, refused: string | null) =>
    permissions.includes('export:run') &&
    (refused ? (
      <RefusedAction label="Export all" reason={refused} />
    ) : (
      <button type="button" onClick={() => setExporting(query)}>
        Export all
      </button>
    ));
  // Right after the title, as on every page: what the address asks for that the page does not use.
  const linkNotice = (
    <ClientLinkNotice
      unknownView={page.view === null ? { written: page.viewText, shown: shown === 'logs' ? 'logs' : 'events' } : null}
      unread={refusedView ? [] : unread}
      coverage={shown === 'coverage'}
      path={withSearch(base, withoutUnread)}
      rangeRefused={rangeRefused}
      onGridSlot={setGridNoticeSlot}
    />
  );
  return (
    <section className="page client-page" aria-labelledby="client-title">
      <ClientHeader
        clientId={clientId}
        summary={summary.data}
        afterTitle={linkNotice}
        rangeIgnored={rangeRefused}
        onRange={(range) => {
          focusWhenApplied();
          setRange(range);
        }}
      />
      <div className="client-range" ref={rangeRef}>
        <ClientRangeControl
          value={rangeError ? linkedRange(page.params) : page.timeRange}
          onApply={setRange}
          error={rangeError}
          kept="The views below still show the range applied before."
        />
      </div>
      {refusedView ? (
        <div className="client-refused-view">
          <p role="note">{refusedView.refusal}</p>
          {refusedView.leftOut && <p className="muted wrap-anywhere">{refusedView.leftOut}</p>}
          <a href={`#${refusedView.logsPath}`}>Open the Logs tab</a>
        </div>
      ) : (
        <>
          {/* One Tab stop, the chosen tab; arrows, Home and End choose another, as tabs do (see useClientTabsFocus). */}
          <div
            ref={tabListRef}
            role="tablist"
            aria-label="Client views"
            className="tabs"
            onKeyDown={onTabKeyDown}
            onFocus={onTabFocus}
          >
            {tabs.map((item) => {
              const selected = (item.views as readonly string[]).includes(shown);
              return (
                <button
                  key={item.tab}
                  type="button"
                  role="tab"
                  aria-selected={selected}
                  aria-controls="client-tab-panel"
                  tabIndex={selected ? 0 : -1}
                  onClick={() => go(item.views[0])}
                >
                  {item.tab}
                </button>
              );
            })}
          </div>
          <div
            id="client-tab-panel"
            role="tabpanel"
            aria-label={shown === 'logs' ? 'Logs' : shown === 'coverage' ? 'Coverage' : 'Sessions'}
          >
            {(shown === 'events' || shown === 'sessions') && (
              <div className="toolbar client-view-switch" role="group" aria-label="Sessions tab view">
                <button type="button" aria-pressed={shown === 'events'} onClick={() => go('events')}>
                  Events
                </button>
                <button type="button" aria-pressed={shown === 'sessions'} onClick={() => go('sessions')}>
                  Sessions
                </button>
              </div>
            )}
            {!gridView && rangeRefused && (
              <RangeRefusedNote
                {...(shown === 'coverage'
                  ? { nothing: 'No coverage is shown', shown: 'the coverage' }
                  : { nothing: 'No sessions are shown', shown: 'the sessions' })}
              />
            )}
            {/* The Sessions view, not shown while the range is refused, would say this: the link's gap is named too. */}
            {shown === 'sessions' && rangeRefused && 'problem' in page.gap && (
              <p className="query-error wrap-anywhere" role="alert">
                The address’s inactivity gap cannot be used either: {page.gap.problem} Once the range is fixed, set the
                gap in the Inactivity gap field.
              </p>
            )}
            {(gridView || !rangeRefused) && (
              <>
                {shown === 'events' && (
                  <ClientGridTab
                    family={ACTIVITY_GRID}
                    clientId={clientId}
                    path={base}
                    label="Events"
                    rangeRefused={rangeRefused}
                    sessionsOpen={showsActivity}
                    params={page.params}
                    permissions={permissions}
                    noticeSlot={gridNoticeSlot}
                    detail={(row) => <OperationsAround event={row} />}
                    tools={exportAll}
                  />
                )}
                {shown === 'sessions' && (
                  <SessionsView
                    clientId={clientId}
                    timeRange={page.timeRange}
                    gapText={page.gapText}
                    gap={page.gap}
                    onGap={(gap) => navigate(clientViewPath(clientId, 'sessions', routeSearch(route), { gap }))}
                  />
                )}
                {shown === 'logs' && (
                  <ClientGridTab
                    family={CLIENT_LOGS_GRID}
                    clientId={clientId}
                    path={base}
                    label="Logs"
                    rangeRefused={rangeRefused}
                    sessionsOpen={showsActivity}
                    params={page.params}
                    permissions={permissions}
                    noticeSlot={gridNoticeSlot}
                    detail={(row) => <ActivityAround row={row} />}
                    tools={exportAll}
                  />
                )}
                {shown === 'coverage' && <CoverageView clientId={clientId} timeRange={page.timeRange} />}
              </>
            )}
          </div>
        </>
      )}
      {exporting !== null && (
        <ExportDialog
          queries={[{ ...exporting, cursor: undefined }]}
          canBundle={permissions.includes('bundle:create')}
          onClose={() => setExporting(null)}
        />
      )}
    </section>
  );
}
