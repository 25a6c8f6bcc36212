import type { FacetField } from '../../../../shared/query/logSource';
import type { GridFamily } from '../logGrid/gridFamily';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { OPERATIONAL_COLUMNS } from './operationalColumns';

/** The operational (CRUD) log grid: its columns and filter panel; everything else comes from the field table. */
export const OPERATIONAL_GRID: GridFamily<'operational'> = {
  family: 'operational',
  grid: 'operational',
  path: '/logs',
  columns: OPERATIONAL_COLUMNS,
  controls: [
    [{ kind: 'party', key: 'clientId', suggest: 'client' }],
    [{ kind: 'party', key: 'employeeId', suggest: 'employee' }],
    [{ kind: 'values', key: 'businessModel' }],
    [{ kind: 'values', key: 'subModel' }],
    [{ kind: 'values', key: 'action' }],
    [
      { kind: 'values', key: 'origin', legend: 'Type (origin)' },
      { kind: 'values', key: 'status', legend: 'Type (status)' },
    ],
  ],
  facetFields: ['action', 'origin', 'status', 'businessModel', 'subModel', 'source'] satisfies FacetField[],
  describe: (row) =>
    showHiddenCharacters(`${row.action} · ${row.businessModel}${row.subModel ? ` / ${row.subModel}` : ''}`),
  calls: (api) => ({
    search: (query, options) => api.searchLogs(query, options),
    facets: (query, fields, options) =>
      // The grid asks only for the facets listed above, which are operational filter keys.
      api.logFacets({ query, fields: fields as Parameters<typeof api.logFacets>[0]['fields'] }, options),
    histogram: (query, options) => api.logHistogram({ query }, options),
  }),
};
