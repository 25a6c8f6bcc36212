import { z } from 'zod';
import { tooLong } from '../domain/tooLong';
import { tooMany } from '../domain/tooMany';
import { LOG_FIELDS } from '../query/fieldRoles';
import {
  ActivityQuery,
  OperationalQuery,
  PagePosition,
  type ActivityFilters,
  type OperationalFilters,
} from '../query/logQuery';
import { Facet, Histogram, LogPage, SUGGEST_FIELDS, Suggestion } from '../query/logSource';
import { refuseSecretFilterValues } from '../query/secretFilterValues';
import { channel, type ContractPart } from './channelDefinition';

/** The facets a family offers, from its field table; the type names its filter keys. */
const facetField = <Key extends string>(keys: readonly string[]) => z.enum(keys as readonly [Key, ...Key[]]);
const operationalFacetField = facetField<keyof OperationalFilters & string>(LOG_FIELDS.operational.facets);
const activityFacetField = facetField<keyof ActivityFilters & string>(LOG_FIELDS.activity.facets);

/** A query as a request gives it: one whose filter values hold a secret is refused before anything is read. */
const OperationalRequestQuery = OperationalQuery.superRefine(refuseSecretFilterValues);
const ActivityRequestQuery = ActivityQuery.superRefine(refuseSecretFilterValues);

export const SearchRequest = { operational: OperationalRequestQuery, activity: ActivityRequestQuery };

/** The fields whose values one call counts: the filter panel's, at most. */
const facetFields = <Field extends z.ZodType>(field: Field) =>
  z
    .array(field)
    .min(1, 'Choose at least one field whose values to count.')
    .max(12, tooMany('A count of values', 'fields', { verb: 'covers' }));

export const OperationalFacetsRequest = z
  .object({ query: OperationalRequestQuery, fields: facetFields(operationalFacetField) })
  .strict();
export const ActivityFacetsRequest = z
  .object({ query: ActivityRequestQuery, fields: facetFields(activityFacetField) })
  .strict();

export const OperationalHistogramRequest = z.object({ query: OperationalRequestQuery }).strict();
export const ActivityHistogramRequest = z.object({ query: ActivityRequestQuery }).strict();

/** The longest text a party type-ahead searches for; a name or an id is shorter. */
export const MAX_SUGGEST_PREFIX = 100;

export const SuggestRequest = z
  .object({
    field: z.enum(SUGGEST_FIELDS),
    prefix: z.string().trim().max(MAX_SUGGEST_PREFIX, tooLong('The name or id')),
    /** Count among this query's matches (its own party filter left out); absent: among all logs. */
    query: OperationalRequestQuery.optional(),
  })
  .strict();

export const ReleaseCursorRequest = z
  .object({
    family: z.enum(['operational', 'activity']),
    cursor: PagePosition.min(1, 'Give the page position to let go of.'),
  })
  .strict();

export const Released = z.object({ released: z.literal(true) });

export { Facet, Histogram, LogPage, Suggestion };
export const Facets = z.array(Facet);
export const Suggestions = z.array(Suggestion);

/** The channels of this part of the contract (see contract.ts). */
export const logContract = {
  'logs/search': channel({
    request: SearchRequest.operational,
    response: LogPage,
    permission: 'logs:read',
    audited: true,
  }),
  'logs/facets': channel({
    request: OperationalFacetsRequest,
    response: Facets,
    permission: 'logs:read',
    audited: true,
  }),
  'logs/histogram': channel({
    request: OperationalHistogramRequest,
    response: Histogram,
    permission: 'logs:read',
    audited: true,
  }),
  'logs/suggest': channel({ request: SuggestRequest, response: Suggestions, permission: 'logs:read', audited: true }),
  'activity/search': channel({
    request: SearchRequest.activity,
    response: LogPage,
    permission: 'activity:read',
    audited: true,
  }),
  'activity/facets': channel({
    request: ActivityFacetsRequest,
    response: Facets,
    permission: 'activity:read',
    audited: true,
  }),
  'activity/histogram': channel({
    request: ActivityHistogramRequest,
    response: Histogram,
    permission: 'activity:read',
    audited: true,
  }),
  'cursor/release': channel({
    request: ReleaseCursorRequest,
    response: Released,
    permission: 'logs:read',
    audited: false,
  }),
} satisfies ContractPart;
