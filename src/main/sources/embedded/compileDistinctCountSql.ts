import type { LogQuery } from '../../../shared/query/logQuery';
import type { FacetField } from '../../../shared/query/logSource';
import { distinctCountField } from '../distinctCountField';
import { columnOf } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { compileWhere, type CompileContext } from './compileWhere';
import { SqlParams } from './SqlParams';

/** The distinct values of one field among a query's matches (every filter and exclusion kept), exactly. */
export function compileDistinctCountSql(query: LogQuery, key: FacetField, ctx: CompileContext): SqlStatement {
  const params = new SqlParams();
  const where = compileWhere(query, ctx, params);
  const column = columnOf(query.family, distinctCountField(query.family, key));
  return {
    sql: `SELECT count(DISTINCT ${column}) AS n FROM ${EMBEDDED_SCHEMA.tables[query.family]} WHERE ${where}`,
    params: params.values,
  };
}
