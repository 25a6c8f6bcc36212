import type { SuggestField } from '../../../shared/query/logSource';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { SqlParams } from './SqlParams';

const PARTY_COLUMNS: Readonly<Record<SuggestField, { id: string; name: string }>> = {
  client: { id: 'client_id', name: 'client_name' },
  employee: { id: 'employee_id', name: 'employee_name' },
};

/**
 * Type-ahead over the parties of the operational logs: ids whose name or id starts with the prefix,
 * ignoring case, with how many logs name them, most frequent first. A scope keeps to the operator's
 * clients (for employees: those who acted on the operator's clients).
 */
export function compileSuggestSql(
  field: SuggestField,
  prefix: string,
  size: number,
  scopeClientIds?: readonly string[] | null,
): SqlStatement {
  const params = new SqlParams();
  const { id, name } = PARTY_COLUMNS[field];
  const needle = params.add(prefix.trim().toLowerCase());
  const conditions = [
    `${id} IS NOT NULL`,
    `(starts_with(lower(${name}), ${needle}) OR starts_with(lower(${id}), ${needle}))`,
  ];
  if (scopeClientIds) {
    conditions.push(
      scopeClientIds.length === 0 ? 'FALSE' : `client_id IN (${params.list([...new Set(scopeClientIds)])})`,
    );
  }
  const sql =
    `SELECT ${id} AS id, min(${name}) AS name, count(*) AS n FROM ${EMBEDDED_SCHEMA.tables.operational}` +
    ` WHERE ${conditions.join(' AND ')} GROUP BY ${id} ORDER BY n DESC, id ASC LIMIT ${params.add(size)}`;
  return { sql, params: params.values };
}
