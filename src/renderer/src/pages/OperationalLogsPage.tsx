import { useState } from 'react';
import type { Failure } from '../../../shared/contract/errors';
import type { AppInfo } from '../../../shared/contract/appInfo';
import { operatorOf } from '../features/access/operator';
import { PAGE_SIZES } from '../../../shared/query/logQuery';
import { AddToCase } from '../features/cases/AddToCase';
import { RefusedAction } from '../components/RefusedAction';
import { familyLabel } from '../format/familyLabel';
import { ActivityAround } from '../features/clients/CrossLinks';
import { ExportDialog } from '../features/export/ExportDialog';
import { ColumnChooser } from '../features/logGrid/ColumnChooser';
import { DetailAddressNote } from '../features/logGrid/DetailAddressNote';
import { DETAIL_PARAM } from '../features/logGrid/detailParam';
import { DetailPanel } from '../features/logGrid/DetailPanel';
import { FilterChips } from '../features/logGrid/FilterChips';
import { FilterPanel } from '../features/logGrid/FilterPanel';
import { GridBanners } from '../features/logGrid/GridBanners';
import { IgnoredParams } from '../features/logGrid/IgnoredParams';
import { LogGrid } from '../features/logGrid/LogGrid';
import { MatchesHistogram } from '../features/logGrid/MatchesHistogram';
import { QueryClock } from '../features/logGrid/QueryClock';
import { Pager } from '../features/logGrid/Pager';
import { refusalProblems } from '../features/logGrid/queryProblems';
import { SavedViews } from '../features/logGrid/SavedViews';
import { useLogGrid } from '../features/logGrid/useLogGrid';
import { useEventLookup } from '../features/logGrid/useEventLookup';
import { useRowDetail } from '../features/logGrid/useRowDetail';
import { useRowStepper } from '../features/logGrid/useRowStepper';
import { useDetailInResult } from '../features/logGrid/useDetailInResult';
import { useRouteQuery } from '../features/logGrid/useRouteQuery';
import { unaskedQueryReason } from '../features/logGrid/unaskedQueryReason';
import { OPERATIONAL_GRID } from '../features/operationalLogs/operationalGrid';
import { DemoBadge } from '../features/workspace/DemoBadge';
import { WorkspaceGate } from '../features/workspace/WorkspaceGate';
import { BundleCoverageNote, useBundleCoverage, viewAsk } from '../features/bundles/BundleCoverageNote';
import { closeOnEscape, usePanelFocus } from '../features/logGrid/usePanelFocus';

/** The address's parameters the query leaves alone: the event the detail shows. */
const DETAIL_KEPT: readonly string[] = [DETAIL_PARAM];

interface OperationalLogsPageProps {
  info: AppInfo | null;
  onSourceChanged: () => void;
}

export function OperationalLogsPage({ info, onSourceChanged }: OperationalLogsPageProps) {
  const family = OPERATIONAL_GRID;
  const [query, setQuery, ignored, paging, setPaging] = useRouteQuery(family.family, family.path, DETAIL_KEPT);
  const grid = useLogGrid(family, query, setQuery, paging);
  const [panel, setPanel] = useState<null | 'all' | 'clientId' | 'employeeId'>(null);
  /** Bumped by the quick Client and Employee buttons: their field takes focus even when the panel is open. */
  const [focusRequest, setFocusRequest] = useState(0);
  const { buttonRef: filtersButtonRef, panelRef: filterPanelRef, focusPanel, focusButton } = usePanelFocus();
  const openParty = (key: 'clientId' | 'employeeId') => {
    setPanel(key);
    setFocusRequest((request) => request + 1);
  };
  const refusal = grid.status.failure;
  const refused = Object.keys(refusalProblems(refusal)).length > 0;
  // A query main refuses opens the panel, where the refusal shows next to the control at fault.
  const [dismissed, setDismissed] = useState<Failure | null>(null);
  const shownPanel = panel ?? (refused && dismissed !== refusal ? 'all' : null);
  const closePanel = () => {
    setPanel(null);
    setDismissed(refusal);
    // The panel's controls are gone: focus goes back to the button that shows them again.
    focusButton();
  };
  const lookup = useEventLookup(family);
  const rowDetail = useRowDetail(grid.settledGrid, 'operational', { lookup });
  const { selected, show: setSelected } = rowDetail;
  const step = useRowStepper(grid.settledGrid, selected, setSelected);
  const coverage = useBundleCoverage(
    viewAsk('operational', query.filters.clientId, query.timeRange),
    'Its events show on each client’s page, under Sessions.',
  );
  const exactTotal = grid.status.total?.relation === 'eq' ? grid.status.total.value : null;
  const place = useDetailInResult(grid.settledGrid, selected, JSON.stringify(query), exactTotal);
  const [exporting, setExporting] = useState(false);
  const permissions = operatorOf(info).permissions;
  // While the link holds something the grid cannot use, its query is not the one asked for: not pinned, not
  // exported, not saved to a view.
  const unasked = { ignored, rangeRefused: false, shown: 'the logs' };
  const pinRefused = unaskedQueryReason('pin the query to a case', unasked);
  const exportRefused = unaskedQueryReason('export the logs', unasked);
  return (
    <section aria-labelledby="logs-title" className="page logs-page">
      <header className="toolbar">
        <h1 id="logs-title">Operational logs</h1>
        {info?.dataSource.state === 'demo' && <DemoBadge />}
        <button type="button" onClick={() => openParty('clientId')}>
          Client
        </button>
        <button type="button" onClick={() => openParty('employeeId')}>
          Employee
        </button>
        <button
          ref={filtersButtonRef}
          type="button"
          onClick={() => {
            if (shownPanel) return closePanel();
            setPanel('all');
            focusPanel();
          }}
          onKeyDown={closeOnEscape(shownPanel !== null, closePanel)}
          aria-expanded={shownPanel !== null}
        >
          Filters
        </button>
        <label>
          Page size{' '}
          <select
            aria-label="Page size"
            value={query.pageSize}
            onChange={(event) => setQuery({ ...query, pageSize: Number(event.target.value) as typeof query.pageSize })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </label>
        <ColumnChooser columns={family.columns} grid={grid.settledGrid} />
        <SavedViews
          family={family}
          query={query}
          gridApi={grid.gridApi}
          onApply={setQuery}
          saveRefused={unaskedQueryReason('save the query to a view', unasked)}
        />
        <AddToCase
          evidence={{ kind: 'query', label: familyLabel('operational'), query, view: 'logs' }}
          refused={pinRefused}
        />
        {permissions.includes('export:run') && exportRefused && (
          <RefusedAction label="Export…" reason={exportRefused} />
        )}
        {permissions.includes('export:run') && !exportRefused && (
          <button type="button" onClick={() => setExporting(true)}>
            Export…
          </button>
        )}
      </header>
      {/* Right after the title and its tools, before the filters: what the link asks for that the grid cannot use. */}
      {ignored.length > 0 && (
        <IgnoredParams
          ignored={ignored}
          onShowWithout={() => {
            setQuery(query, { dropUnread: true });
            // The notice and its button are gone: focus goes to the filters, where the query is changed.
            focusButton();
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          queries={[{ ...query, cursor: undefined }]}
          canBundle={permissions.includes('bundle:create')}
          onClose={() => setExporting(false)}
        />
      )}
      <WorkspaceGate
        dataSource={info?.dataSource ?? null}
        canRecreate={permissions.includes('settings:manage')}
        onRecreateStarted={onSourceChanged}
      >
        {shownPanel && (
          <FilterPanel
            ref={filterPanelRef}
            family={family}
            applied={query}
            focus={shownPanel === 'all' ? undefined : { key: shownPanel, request: focusRequest }}
            refusal={refusal}
            onSave={(next) => {
              setQuery(next);
              closePanel();
            }}
            onClose={closePanel}
            // Opened by a refused link, the panel is the operator's once edited: it stays when the address moves on.
            onEdit={() => setPanel((current) => current ?? 'all')}
          />
        )}
        <FilterChips query={query} refusal={refusal} onChange={setQuery} />
        {ignored.length > 0 ? null : coverage?.outside ? (
          <BundleCoverageNote note={coverage} />
        ) : (
          <>
            {coverage && <BundleCoverageNote note={coverage} />}
            <QueryClock
              timeRange={query.timeRange}
              asOf={grid.status.asOf}
              workspace={info?.dataSource.workspace}
              onRefresh={grid.refresh}
              onChooseRange={(timeRange) => setQuery({ ...query, timeRange, cursor: undefined })}
            />
            <MatchesHistogram key={grid.generation} family={family} query={query} onNarrow={setQuery} />
            <GridBanners
              status={grid.status}
              onCancel={grid.cancel}
              onRetry={grid.retry}
              onEdit={() => setPanel('all')}
            />
            <Pager family={family} query={query} paging={paging} status={grid.status} onPaging={setPaging} />
            <div className="grid-and-detail" onKeyDown={rowDetail.closeOnEscape}>
              <LogGrid
                key={`${query.pageSize}-${paging.mode}`}
                family={family}
                query={query}
                grid={grid}
                onSelect={rowDetail.select}
              />
              {selected && (
                <DetailPanel
                  family={family}
                  row={selected}
                  onClose={rowDetail.close}
                  canAddToCase={permissions.includes('cases:manage')}
                  query={query}
                  onQueryChange={setQuery}
                  onStep={step}
                  onOpen={rowDetail.open}
                  focusRequest={rowDetail.focusRequest}
                >
                  {place !== 'current' && (
                    <p role="status" className="query-hint" data-testid="detail-outside">
                      {place === 'outside'
                        ? 'This event is not in the current result: the query changed since it was opened.'
                        : 'The query changed since this event was opened and it is not among the rows read so far: it may not be in the current result.'}
                    </p>
                  )}
                  {permissions.includes('activity:read') && <ActivityAround row={selected} />}
                </DetailPanel>
              )}
              {!selected && rowDetail.addressProblem && (
                <DetailAddressNote sentence={rowDetail.addressProblem} onClose={rowDetail.dismissAddressProblem} />
              )}
            </div>
          </>
        )}
      </WorkspaceGate>
    </section>
  );
}
