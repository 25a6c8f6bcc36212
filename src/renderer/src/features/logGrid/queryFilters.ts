/**
 * Reading and changing a query's filters for any family, by filter key, with what the field table says
 * of each: `filterLabel`, `timeLabel`, `filterValues`, `withFilter`, `holdsIds`, and `namesInRow` (the
 * party names a row carries for the ids its filters hold).
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import type { NamedId } from './gridFamily';

/** What operators call a filter, in chips, legends and messages: its field's label. */
export function filterLabel(family: LogFamily, key: string): string {
  return LOG_FIELDS[family].filters.get(key)?.field.label ?? key;
}

/** What operators call the family's time field ("Created", "Date"). */
export function timeLabel(family: LogFamily): string {
  const time = LOG_FIELDS[family].time;
  return LOG_FIELDS[family].table[time]?.label ?? time;
}

export function filterValues(query: LogQuery, key: string): readonly string[] {
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  return filters[key] ?? [];
}

/** The query with a filter's values replaced; no value at all removes the filter. */
export function withFilter<Q extends LogQuery>(query: Q, key: string, values: readonly string[]): Q {
  const filters = Object.fromEntries(
    Object.entries(query.filters as Readonly<Record<string, readonly string[] | undefined>>).filter(
      ([name, chosen]) => name !== key && chosen !== undefined,
    ),
  );
  if (values.length > 0) filters[key] = [...new Set(values)];
  return { ...query, filters } as Q;
}

/** Whether a filter holds ids of parties (clients, employees, actors), shown by name once known. */
export function holdsIds(family: LogFamily, key: string): boolean {
  const field = LOG_FIELDS[family].filters.get(key)?.field;
  return Boolean(field && (field.namedBy !== undefined || field.scope === true));
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
