import { LOG_FIELDS } from './fieldRoles';
import type { LogFamily } from './logQuery';

/** What operators call a filter, in the filter panel, chips, legends and messages: its field's label; else its key. */
export function filterLabel(family: LogFamily, key: string): string {
  return LOG_FIELDS[family].filters.get(key)?.field.label ?? key;
}
