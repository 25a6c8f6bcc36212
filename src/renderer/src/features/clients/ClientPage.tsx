/**
 * `<ClientPage clientId route info />`: one client's whole story: the header for the chosen range and
 * the tabs (Sessions: events or sessions; Logs; Coverage). A client the console does not know, or one
 * outside the operator's scope, is said so by id, with the search to look another up.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { AppInfo } from '../../../../shared/contract/appInfo';
import { ROLE_PERMISSIONS } from '../../../../shared/domain/roles';
import type { LogQuery, TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { shortId } from '../../format/shortId';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { linkTextShown } from '../../format/linkTextShown';
import { useRequest } from '../../hooks/useRequest';
import { navigate, routeSearch } from '../../routing/useHashRoute';
import { RefusedAction } from '../../components/RefusedAction';
import { IgnoredLinkParams } from '../changes/IgnoredLinkParams';
import { ExportDialog } from '../export/ExportDialog';
import { rememberNames } from '../logGrid/knownNames';
import { ActivityAround, OperationsAround } from './CrossLinks';
import { ACTIVITY_GRID } from './activityGrid';
import { ClientGridTab } from './ClientGridTab';
import { ClientHeader } from './ClientHeader';
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
  const permissions = info ? ROLE_PERMISSIONS[info.operator.role] : [];
  const showsActivity = permissions.includes('activity:read');
  const [exporting, setExporting] = useState<LogQuery | null>(null);
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
    navigate(`${route.split('?', 1)[0] ?? ''}${search ? `?${search}` : ''}`, options);
  };
  if (summary.error) {
    return (
      <section className="page" aria-labelledby="client-title">
        <h1 id="client-title">Client {showHiddenCharacters(shortId(clientId))}</h1>
        <p className="error wrap-anywhere" role="alert">
          {summary.error.message}
        </p>
        <a href="#/clients">Look up another client</a>
      </section>
    );
  }
  const view = page.view ?? 'events';
  const tabs = TABS.filter((item) => showsActivity || item.tab === 'Logs');
  const shown = showsActivity || view === 'logs' ? view : 'logs';
  const base = route.split('?', 1)[0] ?? route;
  const gridView = shown === 'events' || shown === 'logs';
  // The grids name what they cannot use themselves, with their rows.
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
  return (
    <section className="page client-page" aria-labelledby="client-title">
      {summary.data ? (
        <ClientHeader
          summary={summary.data}
          rangeIgnored={rangeRefused}
          onRange={(range) => {
            focusWhenApplied();
            setRange(range);
          }}
        />
      ) : (
        <h1 id="client-title">Client {showHiddenCharacters(shortId(clientId))}</h1>
      )}
      <div className="client-range" ref={rangeRef}>
        <ClientRangeControl
          value={rangeError ? linkedRange(page.params) : page.timeRange}
          onApply={setRange}
          error={rangeError}
          kept="The views below still show the range applied before."
        />
      </div>
      {page.view === null && (
        <p className="query-error wrap-anywhere" role="alert">
          This client page has no view “<bdi>{linkTextShown(page.viewText)}</bdi>”; showing the{' '}
          {shown === 'logs' ? 'logs' : 'events'} instead.
        </p>
      )}
      {refusedView ? (
        <div className="client-refused-view">
          <p role="note">{refusedView.refusal}</p>
          {refusedView.leftOut && <p className="muted wrap-anywhere">{refusedView.leftOut}</p>}
          <a href={`#${refusedView.logsPath}`}>Open the Logs tab</a>
        </div>
      ) : (
        <>
          {/* One Tab stop, the chosen tab; arrows, Home and End choose another, as tabs do. */}
          <div role="tablist" aria-label="Client views" className="tabs" onKeyDown={moveAmongTabs}>
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
            <IgnoredLinkParams
              ignored={unread}
              path={withoutUnread ? `${base}?${withoutUnread}` : base}
              titleId="client-title"
              {...unreadWording(shown === 'coverage', unread.length, rangeRefused)}
            />
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

/** What the Sessions or Coverage view says it shows of a link with parameters it does not read. */
function unreadWording(coverage: boolean, count: number, rangeRefused: boolean) {
  const showing = coverage ? 'the coverage' : 'the sessions';
  const meanwhile = `${showing} ${coverage ? 'is' : 'are'} shown without ${count === 1 ? 'it' : 'them'}`;
  return { showing, meanwhile: rangeRefused ? `once the range is fixed, ${meanwhile}` : meanwhile };
}

/** Left/Right (Home/End) choose the tab beside the focused one (wrapping), and take the focus to it. */
function moveAmongTabs(event: KeyboardEvent<HTMLDivElement>): void {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const at = tabs.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const next: Partial<Record<string, number>> = {
    ArrowRight: (at + 1) % tabs.length,
    ArrowLeft: (at - 1 + tabs.length) % tabs.length,
    Home: 0,
    End: tabs.length - 1,
  };
  const target = tabs[next[event.key] ?? -1];
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.click();
}
