import type { FacetField } from '../../../../shared/query/logSource';
import type { GridFamily } from '../logGrid/gridFamily';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ACTIVITY_COLUMNS } from './activityColumns';
import { actorName, eventLabel } from './actorDisplay';

/** One client's activity events (the Sessions tab): its columns and filter panel. */
export const ACTIVITY_GRID: GridFamily<'activity'> = {
  family: 'activity',
  grid: 'activity',
  path: '/clients',
  columns: ACTIVITY_COLUMNS,
  controls: [
    [{ kind: 'values', key: 'actorType' }],
    [{ kind: 'values', key: 'sourceApp' }],
    [
      { kind: 'values', key: 'category', legend: 'Event category' },
      { kind: 'values', key: 'eventName', legend: 'Event type' },
    ],
  ],
  facetFields: ['actorType', 'sourceApp', 'category', 'eventName'] satisfies FacetField[],
  describe: (row) => showHiddenCharacters(`${eventLabel(row.eventName).label} · ${actorName(row)} · ${row.sourceApp}`),
  calls: (api) => ({
    search: (query, options) => api.searchActivity(query, options),
    facets: (query, fields, options) =>
      // The grid asks only for the facets listed above, which are activity filter keys.
      api.activityFacets({ query, fields: fields as Parameters<typeof api.activityFacets>[0]['fields'] }, options),
    histogram: (query, options) => api.activityHistogram({ query }, options),
  }),
};
