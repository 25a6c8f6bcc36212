/**
 * Reading and changing a query's filters for any family, by filter key, with what the field table says
 * of each: `filterLabel`, `textLabel`, `timeLabel`, `fieldLabel`, `filterValues`, `withFilter`, `subGroupsOf`, `holdsIds`, and `namesInRow` (the
 * party names a row carries for the ids its filters hold).
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import type { NamedId } from './gridFamily';

export { filterLabel } from '../../../../shared/query/filterLabel';

/** "Text in description or error": what operators call the free text, from the fields it is searched in. */
export function textLabel(family: LogFamily): string {
  const fields = LOG_FIELDS[family].text.map((name) => LOG_FIELDS[family].table[name]?.label.toLowerCase() ?? name);
  return `Text in ${fields.join(' or ')}`;
}

/** What operators call the family's time field ("Created", "Date"). */
export function timeLabel(family: LogFamily): string {
  const time = LOG_FIELDS[family].time;
  return LOG_FIELDS[family].table[time]?.label ?? time;
}

/**
 * What operators call a field of a document by its path: the field table's label; a party recorded as
 * null (`employee`, not `employee.id` and `employee.name`) takes its id's label; else the path itself.
 */
export function fieldLabel(family: LogFamily, path: string): string {
  const table = LOG_FIELDS[family].table;
  return table[path]?.label ?? table[`${path}.id`]?.label ?? path;
}

export function filterValues(query: LogQuery, key: string): readonly string[] {
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  return filters[key] ?? [];
}

type Filters = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * The values a grouped filter may hold while the filter that names its groups has values (the sub
 * models of the chosen business models); null when the key is not grouped or no group is chosen.
 */
export function subGroupsOf(family: LogFamily, key: string, filters: Filters): ReadonlySet<string> | null {
  const grouped = LOG_FIELDS[family].filters.get(key)?.field.filter?.groupedBy;
  const parents = grouped ? (filters[grouped.key] ?? []) : [];
  if (!grouped || parents.length === 0) return null;
  return new Set(parents.flatMap((parent) => grouped.groups[parent] ?? []));
}

/**
 * The query with a filter's values replaced; no value at all removes the filter. Choices of a grouped
 * filter that no chosen group holds any more go too (unticking a business model drops its sub
 * models), so a filter the panel no longer shows never keeps applying.
 */
export function withFilter<Q extends LogQuery>(query: Q, key: string, values: readonly string[]): Q {
  const filters: Record<string, readonly string[]> = {};
  for (const [name, chosen] of Object.entries(query.filters as Filters)) {
    if (name !== key && chosen !== undefined) filters[name] = chosen;
  }
  if (values.length > 0) filters[key] = [...new Set(values)];
  const pruned = Object.fromEntries(
    Object.entries(filters).flatMap(([name, chosen]) => {
      const groups = subGroupsOf(query.family, name, filters);
      const kept = groups ? chosen.filter((value) => groups.has(value)) : chosen;
      return kept.length > 0 ? [[name, kept]] : [];
    }),
  );
  return { ...query, filters: pruned } as Q;
}

/** Whether a filter holds ids of parties (clients, employees, actors), shown by name once known. */
export function holdsIds(family: LogFamily, key: string): boolean {
  const field = LOG_FIELDS[family].filters.get(key)?.field;
  return Boolean(field && (field.namedBy !== undefined || field.scope === true));
}

/** Whether a filter holds client ids (the scope field), whose chips link to the client page. */
export function namesClient(family: LogFamily, key: string): boolean {
  return LOG_FIELDS[family].filters.get(key)?.field.scope === true;
}

/** A field's value in a row, by its dotted path in the domain document. */
export function valueAt(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The ids a row holds for filters and the names it gives them, from the fields' `namedBy`. */
export function namesInRow(family: LogFamily, row: unknown): NamedId[] {
  return LOG_FIELDS[family].all.flatMap(({ name, field }) => {
    if (!field.namedBy) return [];
    const id = valueAt(row, name);
    const named = valueAt(row, field.namedBy);
    return typeof id === 'string' && typeof named === 'string' && named ? [{ id, name: named }] : [];
  });
}
