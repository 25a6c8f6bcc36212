import { useState } from 'react';
import {
  BUSINESS_MODELS,
  LOG_ORIGINS,
  LOG_STATUSES,
  OPERATIONAL_ACTIONS,
} from '../../../../shared/domain/operationalLog';
import type { OperationalFilters, OperationalQuery } from '../../../../shared/query/logQuery';
import { SEARCH_HELP } from '../../../../shared/query/searchHelp';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { PartyPicker } from './PartyPicker';
import { TimeRangeControl } from './TimeRangeControl';
import { countOf, useFacets } from './useFacets';

interface FilterPanelProps {
  applied: OperationalQuery;
  onSave: (query: OperationalQuery) => void;
  onClose: () => void;
  focus?: 'client' | 'employee';
}

function withValues(filters: OperationalFilters, key: keyof OperationalFilters, values: string[]): OperationalFilters {
  const next: Record<string, string[] | undefined> = { ...filters, [key]: values.length > 0 ? values : undefined };
  return next as OperationalFilters;
}

/** Several filters edited together and applied with Save, each option with its facet count. */
export function FilterPanel({ applied, onSave, onClose, focus }: FilterPanelProps) {
  const [draft, setDraft] = useState<OperationalQuery>(applied);
  const facets = useFacets(applied);
  const set = (key: keyof OperationalFilters) => (values: string[]) =>
    setDraft((current) => ({ ...current, filters: withValues(current.filters, key, values) }));
  const chosenModels = draft.filters.businessModel ?? [];
  const modelNames = [
    ...new Set([...Object.keys(BUSINESS_MODELS), ...(facets['businessModel']?.buckets.map((b) => b.value) ?? [])]),
  ];
  const subModels = [
    ...new Set(
      (chosenModels.length > 0 ? chosenModels : Object.keys(BUSINESS_MODELS)).flatMap(
        (model) => BUSINESS_MODELS[model] ?? [],
      ),
    ),
  ];
  const options = (values: readonly string[], field: string) =>
    values.map((value) => ({ value, count: countOf(facets[field], value) }));
  return (
    <form
      className="filter-panel"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ ...draft, cursor: undefined });
      }}
    >
      <div className="filter-columns">
        <PartyPicker
          field="client"
          label="Client"
          selected={draft.filters.clientId ?? []}
          onChange={set('clientId')}
          autoFocus={focus === 'client'}
        />
        <PartyPicker
          field="employee"
          label="Employee"
          selected={draft.filters.employeeId ?? []}
          onChange={set('employeeId')}
          autoFocus={focus === 'employee'}
        />
        <CheckboxGroup
          legend="Business model"
          options={options(modelNames, 'businessModel')}
          selected={chosenModels}
          onChange={set('businessModel')}
        />
        <CheckboxGroup
          legend="Sub model"
          options={options(subModels, 'subModel')}
          selected={draft.filters.subModel ?? []}
          onChange={set('subModel')}
        />
        <CheckboxGroup
          legend="Action"
          options={options(OPERATIONAL_ACTIONS, 'action')}
          selected={draft.filters.action ?? []}
          onChange={set('action')}
        />
        <div>
          <CheckboxGroup
            legend="Type (origin)"
            options={options(LOG_ORIGINS, 'origin')}
            selected={draft.filters.origin ?? []}
            onChange={set('origin')}
          />
          <CheckboxGroup
            legend="Type (status)"
            options={options(LOG_STATUSES, 'status')}
            selected={draft.filters.status ?? []}
            onChange={set('status')}
          />
        </div>
        <TimeRangeControl
          value={draft.timeRange}
          onChange={(timeRange) => setDraft((current) => ({ ...current, timeRange }))}
        />
        <label className="text-filter">
          Text in description or error
          <input
            type="search"
            value={draft.text ?? ''}
            aria-describedby="text-filter-help"
            onChange={(event) => setDraft((current) => ({ ...current, text: event.target.value || undefined }))}
          />
        </label>
        <div id="text-filter-help" className="text-filter-help">
          {SEARCH_HELP.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button
          type="button"
          onClick={() => setDraft({ ...draft, filters: {}, text: undefined, timeRange: undefined })}
        >
          Clear all
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
