import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily, LogQuery } from '../../../shared/query/logQuery';

/** Where the embedded store keeps a family's fields: each field table entry names its column. */

export interface SortColumn {
  column: string;
  /** Nullable columns need the "missing values last" arms of the keyset condition. */
  nullable: boolean;
  /** How the cursor carries the value: instants as epoch ms, everything else as text. */
  kind: 'number' | 'string';
}

/** The column holding one of our fields; a field with none (a derived filter) is a programming error. */
export function columnOf(family: LogFamily, field: string): string {
  const column = LOG_FIELDS[family].table[field]?.column;
  if (!column) throw new Error(`The ${family} field '${field}' has no column in the embedded store`);
  return column;
}

export function sortColumn(query: LogQuery): SortColumn {
  const field = LOG_FIELDS[query.family].table[query.sort.field];
  return {
    column: columnOf(query.family, query.sort.field),
    nullable: field?.optional === true,
    kind: field?.kind === 'instant' ? 'number' : 'string',
  };
}

/** The column a scope (the operator's clients) restricts. */
export function scopeColumn(family: LogFamily): string {
  return columnOf(family, LOG_FIELDS[family].scope);
}

/** The column of the time field, which time ranges and histograms read (epoch milliseconds). */
export function timeColumn(family: LogFamily): string {
  return columnOf(family, LOG_FIELDS[family].time);
}
