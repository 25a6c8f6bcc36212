/**
 * `<SavedViews family query gridApi onApply />`: the operator's named queries plus their columns for
 * the family's grid: choose one to apply it, or name the current query to save it.
 */
import { useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';

interface SavedViewsProps<F extends LogFamily> {
  family: GridFamily<F>;
  query: QueryOf<F>;
  gridApi: RefObject<GridApi<RowOf<F>> | null>;
  onApply: (query: QueryOf<F>) => void;
}

export function SavedViews<F extends LogFamily>({ family, query, gridApi, onApply }: SavedViewsProps<F>) {
  const api = useApi();
  const views = useRequest(() => api.listViews({ grid: family.grid }), [api, family.grid]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const save = async () => {
    const columns = (gridApi.current?.getColumnState() ?? []).map((column) => ({
      colId: column.colId,
      hide: Boolean(column.hide),
      ...(column.width ? { width: Math.round(column.width) } : {}),
    }));
    const result = await api.saveView({ name, grid: family.grid, query: { ...query, cursor: undefined }, columns });
    setMessage(
      result.ok ? { text: `Saved “${result.data.name}”`, failed: false } : { text: result.message, failed: true },
    );
    if (result.ok) setName('');
    views.reload();
  };
  const startAfresh = async () => {
    const result = await api.resetPreferences({});
    if (!result.ok) setMessage({ text: result.message, failed: true });
    else if (result.data.keptAs) {
      const text = `The damaged file is kept as ${result.data.keptAs} in the console’s data folder; your views start afresh.`;
      setMessage({ text, failed: false });
    }
    views.reload();
  };
  return (
    <div className="saved-views">
      <select
        aria-label="Saved views"
        value=""
        onChange={(event) => {
          const view = views.data?.find((candidate) => candidate.id === event.target.value);
          if (!view || view.query.family !== family.family) return;
          if (view.columns.length > 0) gridApi.current?.applyColumnState({ state: view.columns, applyOrder: true });
          onApply(view.query as QueryOf<F>);
        }}
      >
        <option value="">Saved views…</option>
        {(views.data ?? []).map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
          </option>
        ))}
      </select>
      <input
        aria-label="View name"
        placeholder="Name this view"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="button" disabled={!name.trim()} onClick={() => void save()}>
        Save view
      </button>
      {message && (
        <span role={message.failed ? 'alert' : 'status'} className={message.failed ? 'error' : 'muted'}>
          {message.text}
        </span>
      )}
      {views.error && (
        <span role="alert" className="error" data-testid="saved-views-error">
          {views.error.message}{' '}
          {views.error.code === 'CORRUPT' && (
            <button type="button" onClick={() => void startAfresh()}>
              Start afresh
            </button>
          )}
        </span>
      )}
    </div>
  );
}
