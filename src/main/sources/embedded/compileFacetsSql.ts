import { ConsoleError } from '../../../shared/contract/errors';
import type { LogQuery } from '../../../shared/query/logQuery';
import { filterColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { compileWhere, type CompileContext } from './compileWhere';
import { SqlParams } from './SqlParams';

/** One statement counting the values of several facets at once: row `facet` is an index into `fields`. */
export interface FacetStatement extends SqlStatement {
  fields: readonly string[];
}

/**
 * Counts the values of facet fields among a query's matches, where the facet for F leaves out F's own
 * filter (so every option of a multi-select keeps its count). Facets whose field the query does not
 * filter on see the same matches, so they share one scan through GROUPING SETS; a filtered field gets
 * a statement of its own. Rows come back per facet by count descending then value ascending, missing
 * values as a null value (the caller decides where they count).
 */
export function compileFacetsSql(query: LogQuery, fields: readonly string[], ctx: CompileContext): FacetStatement[] {
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  const unique = [...new Set(fields)];
  for (const field of unique) {
    if (!filterColumn(query.family, field)) {
      throw new ConsoleError('BAD_REQUEST', `The ${query.family} logs have no facet '${field}'.`, 'fields');
    }
  }
  const filtered = unique.filter((field) => filters[field] !== undefined);
  const shared = unique.filter((field) => filters[field] === undefined);
  const statements = filtered.map((field) => facetStatement(query, [field], ctx, field));
  if (shared.length > 0) statements.push(facetStatement(query, shared, ctx));
  return statements;
}

function facetStatement(
  query: LogQuery,
  fields: readonly string[],
  ctx: CompileContext,
  omitFilter?: string,
): FacetStatement {
  const params = new SqlParams();
  const where = compileWhere(query, ctx, params, omitFilter === undefined ? {} : { omitFilter });
  const columns = fields.map((field) => filterColumn(query.family, field) ?? '');
  const facet = columns.map((column, index) => `WHEN GROUPING(${column}) = 0 THEN ${index}`).join(' ');
  const value = columns.map((column) => `WHEN GROUPING(${column}) = 0 THEN ${column}`).join(' ');
  const sql =
    `SELECT CASE ${facet} END AS facet, CASE ${value} END AS value, count(*) AS n` +
    ` FROM ${EMBEDDED_SCHEMA.tables[query.family]} WHERE ${where}` +
    ` GROUP BY GROUPING SETS (${columns.map((column) => `(${column})`).join(', ')})` +
    ` ORDER BY facet, n DESC, value ASC NULLS LAST`;
  return { sql, params: params.values, fields };
}
