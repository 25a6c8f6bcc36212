import type { LogFamily } from './logQuery';
import {
  ACTIVITY_LOG_FIELDS,
  OPERATIONAL_LOG_FIELDS,
  type FieldTable,
  type FilterRole,
  type LogField,
} from './logFields';

type FilterRoleOf<F> = F extends { filter: infer R extends FilterRole } ? R : never;
type FilterValue<R> = R extends { values: readonly (infer V extends string)[] } ? V : string;

/** A family's filters as a LogQuery holds them: values OR within a key, keys AND together. */
export type FiltersOf<T extends FieldTable> = {
  [R in FilterRoleOf<T[keyof T]> as R['key']]?: FilterValue<R>[] | undefined;
};

/** The fields a family's queries may sort on. */
export type SortFieldOf<T extends FieldTable> = { [P in keyof T]: T[P] extends { sort: true } ? P : never }[keyof T] &
  string;

/** The fields a row is read from, which a connection's field mapping may rename. */
export type StoredFieldOf<T extends FieldTable> = {
  [P in keyof T]: T[P] extends { within: string } | { expandsTo: object } ? never : P;
}[keyof T] &
  string;

/** The names of a table's fields that pass `test`, in table order, as a tuple a zod enum takes. */
export function fieldNames<N extends string>(table: FieldTable, test: (field: LogField) => boolean): [N, ...N[]] {
  const names = Object.entries(table)
    .filter(([, field]) => test(field))
    .map(([name]) => name);
  if (names.length === 0) throw new Error('A field list must not be empty');
  return names as [N, ...N[]];
}

export interface FieldRef {
  name: string;
  field: LogField;
}

/** One family's fields by role, read off its table once. */
export interface FamilyFields {
  readonly table: FieldTable;
  readonly all: readonly FieldRef[];
  /** Fields a row is read from, in table order: what the cluster returns and a mapping may rename. */
  readonly stored: readonly FieldRef[];
  /** Filters by their key. */
  readonly filters: ReadonlyMap<string, FieldRef>;
  /** Filter keys that can be counted as facets. */
  readonly facets: readonly string[];
  readonly sorts: readonly string[];
  readonly text: readonly string[];
  readonly scope: string;
  readonly time: string;
  readonly required: readonly string[];
}

function familyFields(table: FieldTable): FamilyFields {
  const all = Object.entries(table).map(([name, field]) => ({ name, field }));
  const names = (test: (field: LogField) => boolean) => all.filter(({ field }) => test(field)).map(({ name }) => name);
  const only = (role: string, test: (field: LogField) => boolean): string => {
    const [name, ...others] = names(test);
    if (name === undefined || others.length > 0) throw new Error(`A family needs exactly one ${role} field`);
    return name;
  };
  const filters = new Map<string, FieldRef>();
  for (const ref of all) if (ref.field.filter) filters.set(ref.field.filter.key, ref);
  return {
    table,
    all,
    stored: all.filter(({ field }) => !field.within && !field.expandsTo),
    filters,
    facets: all.flatMap(({ field }) => (field.facet && field.filter ? [field.filter.key] : [])),
    sorts: names((field) => field.sort === true),
    text: names((field) => field.text === true),
    scope: only('scope', (field) => field.scope === true),
    time: only('time', (field) => field.time === true),
    required: names((field) => field.required === true),
  };
}

/** Every family's fields by role, read off the field tables: where both engines learn what a field is. */
export const LOG_FIELDS: Readonly<Record<LogFamily, FamilyFields>> = {
  operational: familyFields(OPERATIONAL_LOG_FIELDS),
  activity: familyFields(ACTIVITY_LOG_FIELDS),
};

/**
 * What a filter looks for: the field it compares and the values it accepts there. A derived filter
 * (category) compares its target field with the union of the groups its values name.
 */
export function filterTarget(family: LogFamily, ref: FieldRef, values: readonly string[]): FieldTarget {
  const expands = ref.field.expandsTo;
  if (!expands) return { field: ref.name, values: [...new Set(values)] };
  const target = LOG_FIELDS[family].table[expands.field];
  if (!target) throw new Error(`The ${family} field '${ref.name}' expands to an unknown field`);
  return { field: expands.field, values: [...new Set(values.flatMap((value) => expands.groups[value] ?? []))] };
}

export interface FieldTarget {
  field: string;
  values: string[];
}
