import { useState } from 'react';
import type { AppInfo } from '../../../shared/contract/appInfo';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles';
import type { OperationalLog } from '../../../shared/domain/operationalLog';
import { PAGE_SIZES } from '../../../shared/query/logQuery';
import { ColumnChooser } from '../features/operationalLogs/ColumnChooser';
import { DetailPanel } from '../features/operationalLogs/DetailPanel';
import { FilterChips } from '../features/operationalLogs/FilterChips';
import { FilterPanel } from '../features/operationalLogs/FilterPanel';
import { GridBanners } from '../features/operationalLogs/GridBanners';
import { LogGrid } from '../features/operationalLogs/LogGrid';
import { MatchesHistogram } from '../features/operationalLogs/MatchesHistogram';
import { SavedViews } from '../features/operationalLogs/SavedViews';
import { useLogGrid } from '../features/operationalLogs/useLogGrid';
import { useOperationalQuery } from '../features/operationalLogs/useOperationalQuery';
import { DemoBadge } from '../features/workspace/DemoBadge';
import { WorkspaceGate } from '../features/workspace/WorkspaceGate';

interface OperationalLogsPageProps {
  info: AppInfo | null;
  onSourceChanged: () => void;
}

export function OperationalLogsPage({ info, onSourceChanged }: OperationalLogsPageProps) {
  const [query, setQuery] = useOperationalQuery();
  const grid = useLogGrid(query, setQuery);
  const [panel, setPanel] = useState<null | 'all' | 'client' | 'employee'>(null);
  const [selected, setSelected] = useState<OperationalLog | null>(null);
  return (
    <section aria-labelledby="logs-title" className="page logs-page">
      <header className="toolbar">
        <h1 id="logs-title">Operational logs</h1>
        {info?.dataSource.state === 'demo' && <DemoBadge />}
        <button type="button" onClick={() => setPanel('client')}>
          Client
        </button>
        <button type="button" onClick={() => setPanel('employee')}>
          Employee
        </button>
        <button type="button" onClick={() => setPanel(panel ? null : 'all')} aria-expanded={panel !== null}>
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
        <ColumnChooser grid={grid.settledGrid} />
        <SavedViews query={query} gridApi={grid.gridApi} onApply={setQuery} />
      </header>
      <WorkspaceGate
        dataSource={info?.dataSource ?? null}
        canRecreate={info !== null && ROLE_PERMISSIONS[info.operator.role].includes('settings:manage')}
        onRecreateStarted={onSourceChanged}
      >
        {panel && (
          <FilterPanel
            key={JSON.stringify(query)}
            applied={query}
            focus={panel === 'all' ? undefined : panel}
            onSave={(next) => {
              setQuery(next);
              setPanel(null);
            }}
            onClose={() => setPanel(null)}
          />
        )}
        <FilterChips query={query} onChange={setQuery} />
        <MatchesHistogram query={query} onNarrow={setQuery} />
        <GridBanners status={grid.status} onCancel={grid.cancel} onRetry={grid.retry} />
        <div className="grid-and-detail">
          <LogGrid key={query.pageSize} query={query} grid={grid} onSelect={setSelected} />
          {selected && <DetailPanel row={selected} onClose={() => setSelected(null)} />}
        </div>
      </WorkspaceGate>
    </section>
  );
}
