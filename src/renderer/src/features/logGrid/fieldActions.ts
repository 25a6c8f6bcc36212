/**
 * "Filter for / filter out this value" for any field of a row, from the field table: a field with a
 * filter role filters on itself, a name filters on the id it names (client.name on client.id), a text
 * field searches its words as a phrase (or leaves the phrase out). `fieldFilter(family, path, row)` says
 * what a field's value can do; `filterFor` and `filterOut` give the query that does it.
 */
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import { valueAt, withFilter } from './queryFilters';

const MAX_TEXT = 500;

export type FieldFilter =
  /** A filter key and the value it takes (the id behind a name). */
  | { kind: 'filter'; key: string; value: string }
  /** Free text: the value as a quoted phrase. */
  | { kind: 'text'; phrase: string };

type Filters = Readonly<Record<string, readonly string[] | undefined>>;

export function fieldFilter(family: LogFamily, path: string, row: unknown): FieldFilter | null {
  const fields = LOG_FIELDS[family];
  const value = valueAt(row, path);
  if (typeof value !== 'string' || value === '') return null;
  const field = fields.table[path];
  const allowed = field?.filter?.values;
  if (field?.filter && !field.filter.pathValue && (!allowed || allowed.includes(value))) {
    return { kind: 'filter', key: field.filter.key, value };
  }
  const naming = fields.all.find((ref) => ref.field.namedBy === path && ref.field.filter);
  const id = naming ? valueAt(row, naming.name) : undefined;
  if (naming?.field.filter && typeof id === 'string' && id)
    return { kind: 'filter', key: naming.field.filter.key, value: id };
  const words = value.replace(/["\s]+/g, ' ').trim();
  if (field?.text && words && words.length + 4 <= MAX_TEXT) return { kind: 'text', phrase: `"${words}"` };
  return null;
}

function withExclusion<Q extends LogQuery>(query: Q, key: string, values: readonly string[]): Q {
  const exclude: Record<string, readonly string[]> = {};
  for (const [name, chosen] of Object.entries((query.exclude ?? {}) as Filters)) {
    if (name !== key && chosen && chosen.length > 0) exclude[name] = chosen;
  }
  if (values.length > 0) exclude[key] = [...new Set(values)];
  return { ...query, exclude: Object.keys(exclude).length > 0 ? exclude : undefined } as Q;
}

/** The values a query leaves out for a filter key. */
export function excludedValues(query: LogQuery, key: string): readonly string[] {
  return (query.exclude as Filters | undefined)?.[key] ?? [];
}

/** The query without one excluded value. */
export function withoutExclusion<Q extends LogQuery>(query: Q, key: string, value: string): Q {
  return withExclusion(
    query,
    key,
    excludedValues(query, key).filter((item) => item !== value),
  );
}

function withText<Q extends LogQuery>(query: Q, add: string): Q | null {
  const text = query.text ? `${query.text} ${add}` : add;
  return text.length > MAX_TEXT ? null : { ...query, text };
}

/** Only rows holding the value: the field's filter set to it, no longer excluded. Null when the text would be too long. */
export function filterFor<Q extends LogQuery>(query: Q, action: FieldFilter): Q | null {
  if (action.kind === 'text') return withText(query, action.phrase);
  const narrowed = withFilter(query, action.key, [action.value]);
  return withoutExclusion(narrowed, action.key, action.value);
}

/** No row holding the value: it joins the field's exclusions and leaves its filter. */
export function filterOut<Q extends LogQuery>(query: Q, action: FieldFilter): Q | null {
  if (action.kind === 'text') return withText(query, `-${action.phrase}`);
  const chosen = ((query.filters as Filters)[action.key] ?? []).filter((item) => item !== action.value);
  const kept = withFilter(query, action.key, chosen);
  return withExclusion(kept, action.key, [...excludedValues(query, action.key), action.value]);
}

/** Every leaf of a document as [dotted path, value]; lists stay whole. */
export function documentLeaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => documentLeaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}
