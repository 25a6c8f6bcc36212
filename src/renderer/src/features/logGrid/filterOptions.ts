/**
 * The values a filter panel offers for one filter key of any family, from the field table: a closed
 * list as it stands, the groups of the values chosen in the filter a key is grouped by (sub models of
 * the chosen business models), the group names of such a parent, or else what the facet counted; the
 * values already chosen are always offered, so a filter that applies is never hidden.
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily } from '../../../../shared/query/logQuery';
import type { Facet } from '../../../../shared/query/logSource';

type Filters = Readonly<Record<string, readonly string[] | undefined>>;

/** The groups a key's values fall in when another filter's values name them (sub models by business model). */
function groupsNamedBy(family: LogFamily, key: string): readonly string[] {
  for (const { field } of LOG_FIELDS[family].filters.values()) {
    if (field.filter?.groupedBy?.key === key) return Object.keys(field.filter.groupedBy.groups);
  }
  return [];
}

export function offeredValues(family: LogFamily, key: string, filters: Filters, facet: Facet | undefined): string[] {
  const role = LOG_FIELDS[family].filters.get(key)?.field.filter;
  const chosen = filters[key] ?? [];
  const counted = facet?.buckets.map((bucket) => bucket.value) ?? [];
  if (role?.values) return [...new Set([...role.values, ...chosen])];
  const grouped = role?.groupedBy;
  if (grouped) {
    const parents = filters[grouped.key] ?? [];
    const known = (parents.length > 0 ? parents : Object.keys(grouped.groups)).flatMap(
      (parent) => grouped.groups[parent] ?? [],
    );
    return [...new Set([...known, ...chosen])];
  }
  return [...new Set([...groupsNamedBy(family, key), ...counted, ...chosen])];
}

/** A value's count in a facet; undefined while the facet loads. */
export function countOf(facet: Facet | undefined, value: string): number | undefined {
  if (!facet) return undefined;
  return facet.buckets.find((bucket) => bucket.value === value)?.count ?? 0;
}
