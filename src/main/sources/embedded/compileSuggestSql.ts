import type { OperationalQuery } from '../../../shared/query/logQuery';
import { SUGGEST_FILTER_KEYS, SUGGEST_SIZE, type SuggestField } from '../../../shared/query/logSource';
import { NAME_WORD_SEPARATORS } from '../../../shared/query/suggestMatch';
import { columnOf, scopeColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { compileWhere, inList, type CompileContext } from './compileWhere';
import { SqlParams } from './SqlParams';
import { suggestPrefix, SUGGEST_SLACK } from '../searchTerms';

/**
 * Type-ahead over the parties of the operational logs, as the cluster compiles it (compileSuggest):
 * ids whose name, id or a word of whose name starts with the prefix, ignoring case, names only for a
 * prefix without a digit, counted among `within`'s matches with the party's own filter left out (its
 * exclusion kept), with how many logs name them, most frequent first, a few more than are shown. A scope
 * keeps to the operator's clients (for employees: those who acted on the operator's clients).
 */
export function compileSuggestSql(
  field: SuggestField,
  prefix: string,
  ctx: CompileContext,
  within?: OperationalQuery,
): SqlStatement {
  const params = new SqlParams();
  const id = columnOf('operational', `${field}.id`);
  const name = columnOf('operational', `${field}.name`);
  const { text, matchesNames } = suggestPrefix(prefix);
  const needle = params.add(text.toLowerCase());
  const byId = `starts_with(lower(${id}), ${needle})`;
  const conditions = [`${id} IS NOT NULL`, matchesNames ? `(${byName(name, needle, params)} OR ${byId})` : byId];
  if (within) conditions.push(compileWhere(within, ctx, params, { omitFilter: SUGGEST_FILTER_KEYS[field] }));
  else if (ctx.scopeClientIds) conditions.push(inList(scopeColumn('operational'), ctx.scopeClientIds, params));
  const sql =
    `SELECT ${id} AS id, min(${name}) AS name, count(*) AS n FROM ${EMBEDDED_SCHEMA.tables.operational}` +
    ` WHERE ${conditions.join(' AND ')} GROUP BY ${id} ORDER BY n DESC, id ASC LIMIT ${params.add(SUGGEST_SIZE + SUGGEST_SLACK)}`;
  return { sql, params: params.values };
}

/** A name that starts with the needle, or one of whose words does; its parameters bound only when used. */
function byName(name: string, needle: string, params: SqlParams): string {
  const byWord = NAME_WORD_SEPARATORS.map(
    (separator) => `contains(lower(${name}), ${params.add(separator)} || ${needle})`,
  );
  return `starts_with(lower(${name}), ${needle}) OR ${byWord.join(' OR ')}`;
}
