import { SUGGEST_SIZE, type SuggestField } from '../../../shared/query/logSource';
import { columnOf, scopeColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { inList } from './compileWhere';
import { SqlParams } from './SqlParams';
import { suggestPrefix, SUGGEST_SLACK } from '../searchTerms';

/**
 * Type-ahead over the parties of the operational logs, as the cluster compiles it (compileSuggest):
 * ids whose name or id starts with the prefix, ignoring case, names only for a prefix without a digit,
 * with how many logs name them, most frequent first, a few more than are shown. A scope keeps to the
 * operator's clients (for employees: those who acted on the operator's clients).
 */
export function compileSuggestSql(
  field: SuggestField,
  prefix: string,
  scopeClientIds?: readonly string[] | null,
): SqlStatement {
  const params = new SqlParams();
  const id = columnOf('operational', `${field}.id`);
  const name = columnOf('operational', `${field}.name`);
  const { text, matchesNames } = suggestPrefix(prefix);
  const needle = params.add(text.toLowerCase());
  const byId = `starts_with(lower(${id}), ${needle})`;
  const conditions = [`${id} IS NOT NULL`, matchesNames ? `(starts_with(lower(${name}), ${needle}) OR ${byId})` : byId];
  if (scopeClientIds) conditions.push(inList(scopeColumn('operational'), scopeClientIds, params));
  const sql =
    `SELECT ${id} AS id, min(${name}) AS name, count(*) AS n FROM ${EMBEDDED_SCHEMA.tables.operational}` +
    ` WHERE ${conditions.join(' AND ')} GROUP BY ${id} ORDER BY n DESC, id ASC LIMIT ${params.add(SUGGEST_SIZE + SUGGEST_SLACK)}`;
  return { sql, params: params.values };
}
