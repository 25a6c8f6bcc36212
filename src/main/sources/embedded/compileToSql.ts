import type { DuckDBValue } from '@duckdb/node-api';
import { ConsoleError } from '../../../shared/contract/errors';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { TotalHits } from '../../../shared/query/logSource';
import { sortColumn, type SortColumn } from './embeddedColumns';
import type { EmbeddedCursor } from './embeddedCursor';
import { EMBEDDED_SCHEMA, ROW_COLUMNS } from './embeddedSchema';
import { compileWhere, type CompileContext } from './compileWhere';
import { SqlParams } from './SqlParams';

/** Totals are exact up to this many matches and a lower bound beyond, as Elasticsearch reports them. */
export const TOTAL_HITS_CAP = 10_000;

export interface SqlStatement {
  sql: string;
  params: DuckDBValue[];
}

export interface CompiledSearch {
  /** One row more than the page size: its presence says a next page exists. */
  page: SqlStatement;
  /** Counts matches up to TOTAL_HITS_CAP + 1; null on later pages, whose cursor carries the total. */
  count: SqlStatement | null;
  /** The total a cursor carried over from the first page. */
  carriedTotal: TotalHits | null;
  pageSize: number;
  /** The clock this query's time range resolved at; carried into the next cursor. */
  nowMs: number;
  sort: SortColumn;
}

/**
 * Compiles a page of a LogQuery to parameterized SQL with the meaning the Elasticsearch compiler gives
 * it: sort on the chosen field then `id`, both in the chosen direction, missing values last; keyset
 * pagination after `cursor` (the previous page's position, already checked to belong to this query and
 * operator), whose clock replaces `ctx.nowMs` and whose total spares a recount.
 */
export function compileToSql(
  query: LogQuery,
  ctx: CompileContext,
  cursor: EmbeddedCursor | null = null,
  bulk?: { pageSize: number },
): CompiledSearch {
  const nowMs = cursor?.nowMs ?? ctx.nowMs;
  const sort = sortColumn(query);
  const table = EMBEDDED_SCHEMA.tables[query.family];
  const columns = ROW_COLUMNS[query.family].map(({ column }) => column);

  const countParams = new SqlParams();
  const count = cursor
    ? null
    : {
        // A bulk read (an export) counts every match; a page counts up to the cap, as the cluster does.
        sql: `SELECT count(*) AS total FROM (SELECT 1 FROM ${table} WHERE ${compileWhere(query, { ...ctx, nowMs }, countParams)}${bulk ? '' : ` LIMIT ${TOTAL_HITS_CAP + 1}`})`,
        params: countParams.values,
      };

  const params = new SqlParams();
  const where = compileWhere(query, { ...ctx, nowMs }, params);
  const conditions = cursor ? [compileKeyset(sort, query.sort.direction, cursor, params)] : [];
  if (where !== 'TRUE' || conditions.length === 0) conditions.unshift(where);
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  // Late materialization: the top rows are chosen on the sort columns alone, and only those rows are
  // read whole (2-3x faster on a million rows than sorting every wide match). The limit is a literal,
  // the page size zod allowed (10, 25, 50, 100), so DuckDB plans a top-N for it.
  const pageSize = bulk?.pageSize ?? query.pageSize;
  const limit = pageLimit(pageSize);
  const page = {
    sql:
      `WITH page AS (SELECT rowid AS row_id, ${sort.column} AS sort_value, id AS page_id FROM ${table}` +
      ` WHERE ${conditions.join(' AND ')}` +
      ` ORDER BY ${sort.column} ${direction} NULLS LAST, id ${direction} LIMIT ${limit})` +
      ` SELECT ${columns.map((column) => `${table}.${column}`).join(', ')}, page.sort_value` +
      ` FROM ${table} JOIN page ON ${table}.rowid = page.row_id` +
      ` ORDER BY page.sort_value ${direction} NULLS LAST, page.page_id ${direction}`,
    params: params.values,
  };
  return { page, count, carriedTotal: cursor?.total ?? null, pageSize, nowMs, sort };
}

/**
 * Rows strictly after the cursor in (sort value, id) order with missing values last. The first
 * conjunct is a plain range on the sort column so DuckDB can skip row groups by their min/max.
 */
function compileKeyset(sort: SortColumn, direction: 'asc' | 'desc', cursor: EmbeddedCursor, params: SqlParams): string {
  const before = direction === 'asc' ? '>' : '<';
  const id = params.add(cursor.id);
  const { column } = sort;
  if (cursor.value === null) {
    if (!sort.nullable) throw badCursor();
    return `(${column} IS NULL AND id ${before} ${id})`;
  }
  if ((sort.kind === 'number') !== (typeof cursor.value === 'number')) throw badCursor();
  const value = params.add(typeof cursor.value === 'number' ? BigInt(cursor.value) : cursor.value);
  const within = `${column} ${before}= ${value}`;
  const after = `(${column} ${before} ${value} OR id ${before} ${id})`;
  return sort.nullable
    ? `(${column} IS NULL OR ${within}) AND (${column} IS NULL OR ${after.slice(1, -1)})`
    : `${within} AND ${after}`;
}

/** One row more than the page: its presence says a next page exists. */
function pageLimit(pageSize: number): number {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1)
    throw new ConsoleError('BAD_REQUEST', 'The page size is not valid.', 'pageSize');
  return pageSize + 1;
}

function badCursor(): ConsoleError {
  return new ConsoleError(
    'BAD_REQUEST',
    'The page position is not valid; reload the results from the first page.',
    'cursor',
  );
}
