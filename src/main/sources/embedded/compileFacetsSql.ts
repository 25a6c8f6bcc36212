import { ConsoleError } from '../../../shared/contract/errors';
import { filterTarget, LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogQuery } from '../../../shared/query/logQuery';
import { columnOf } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { compileWhere, matchAny, type CompileContext } from './compileWhere';
import { SqlParams } from './SqlParams';

/** One statement counting the values of several facets at once: row `facet` is an index into `fields`. */
export interface FacetStatement extends SqlStatement {
  fields: readonly string[];
}

/**
 * Counts the values of facet fields among a query's matches, where the facet for F leaves out F's own
 * filter (so every option of a multi-select keeps its count) and keeps every exclusion, F's own too (an
 * option counts the rows the grid shows once it is ticked). Facets whose field the query does not filter
 * on see the same matches, so they share one scan through GROUPING SETS; a filtered field gets a statement
 * of its own. Rows come back per facet by count descending then value ascending, missing values as a
 * null value (the caller decides where they count).
 */
export function compileFacetsSql(query: LogQuery, fields: readonly string[], ctx: CompileContext): FacetStatement[] {
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  const unique = [...new Set(fields)];
  for (const field of unique) {
    if (!LOG_FIELDS[query.family].facets.includes(field)) {
      throw new ConsoleError('BAD_REQUEST', `The ${query.family} logs have no facet '${field}'.`, 'fields');
    }
  }
  const ownFilter = (field: string) => filters[field] !== undefined;
  const filtered = unique.filter(ownFilter);
  const shared = unique.filter((field) => !ownFilter(field));
  const statements = filtered.map((field) => facetStatement(query, [field], ctx, field));
  if (shared.length > 0) statements.push(facetStatement(query, shared, ctx));
  return statements;
}

/**
 * What a facet groups by: its column, or for a derived filter (category) the name of the group its
 * target field's value falls in (null for none, which counts as other).
 */
function facetValue(query: LogQuery, key: string, params: SqlParams): string {
  const ref = LOG_FIELDS[query.family].filters.get(key);
  if (!ref) throw new Error(`No filter '${key}' in the ${query.family} field table`);
  const groups = ref.field.expandsTo?.groups;
  if (!groups) return columnOf(query.family, ref.name);
  const arms = Object.keys(groups).map((group) => {
    const target = filterTarget(query.family, ref, [group]);
    return `WHEN ${matchAny(query.family, target.field, target.values, params)} THEN CAST(${params.add(group)} AS VARCHAR)`;
  });
  return `(CASE ${arms.join(' ')} END)`;
}

function facetStatement(
  query: LogQuery,
  fields: readonly string[],
  ctx: CompileContext,
  omitFilter?: string,
): FacetStatement {
  const params = new SqlParams();
  const where = compileWhere(query, ctx, params, omitFilter === undefined ? {} : { omitFilter });
  const values = fields.map((field) => facetValue(query, field, params));
  const facet = values.map((value, index) => `WHEN GROUPING(${value}) = 0 THEN ${index}`).join(' ');
  const value = values.map((expression) => `WHEN GROUPING(${expression}) = 0 THEN ${expression}`).join(' ');
  const sql =
    `SELECT CASE ${facet} END AS facet, CASE ${value} END AS value, count(*) AS n` +
    ` FROM ${EMBEDDED_SCHEMA.tables[query.family]} WHERE ${where}` +
    ` GROUP BY GROUPING SETS (${values.map((expression) => `(${expression})`).join(', ')})` +
    ` ORDER BY facet, n DESC, value ASC NULLS LAST`;
  return { sql, params: params.values, fields };
}
