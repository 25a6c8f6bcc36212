import { useState } from 'react';
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

export function OperationalLogsPage() {
  const [query, setQuery] = useOperationalQuery();
  const grid = useLogGrid(query, setQuery);
  const [panel, setPanel] = useState<null | 'all' | 'client' | 'employee'>(null);
  const [selected, setSelected] = useState<OperationalLog | null>(null);
  return (
    <section aria-labelledby="logs-title" className="page logs-page">
      <header className="toolbar">
        <h1 id="logs-title">Operational logs</h1>
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
        <ColumnChooser gridApi={grid.gridApi} />
        <SavedViews query={query} gridApi={grid.gridApi} onApply={setQuery} />
      </header>
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
    </section>
  );
}
