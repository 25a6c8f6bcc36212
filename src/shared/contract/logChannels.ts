import { z } from 'zod';
import { ActivityFilters, ActivityQuery, OperationalFilters, OperationalQuery } from '../query/logQuery';
import { Facet, Histogram, LogPage, SUGGEST_FIELDS, Suggestion } from '../query/logSource';

const operationalFacetField = OperationalFilters.keyof();
const activityFacetField = ActivityFilters.keyof();

export const SearchRequest = { operational: OperationalQuery, activity: ActivityQuery };

export const OperationalFacetsRequest = z
  .object({ query: OperationalQuery, fields: z.array(operationalFacetField).min(1).max(12) })
  .strict();
export const ActivityFacetsRequest = z
  .object({ query: ActivityQuery, fields: z.array(activityFacetField).min(1).max(12) })
  .strict();

export const OperationalHistogramRequest = z.object({ query: OperationalQuery }).strict();
export const ActivityHistogramRequest = z.object({ query: ActivityQuery }).strict();

export const SuggestRequest = z.object({ field: z.enum(SUGGEST_FIELDS), prefix: z.string().trim().max(100) }).strict();

export const ReleaseCursorRequest = z
  .object({ family: z.enum(['operational', 'activity']), cursor: z.string().min(1).max(4000) })
  .strict();

export const Released = z.object({ released: z.literal(true) });

export { Facet, Histogram, LogPage, Suggestion };
export const Facets = z.array(Facet);
export const Suggestions = z.array(Suggestion);
