import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { LogPage, TotalHits } from '../../../shared/query/logSource';
import type { CompiledSearch, SqlStatement } from './compileToSql';
import type { EmbeddedCursor } from './embeddedCursor';
import { RedactionTally } from '../../redaction/redactionTally';
import { activityRowFrom, operationalRowFrom } from './embeddedRows';
import { EMBEDDED_SCHEMA } from './embeddedSchema';

export interface EmbeddedPageRequest {
  query: LogQuery;
  compiled: CompiledSearch;
  /** Return each row's table and document id beside it. */
  provenance: boolean;
  /** Seals the next page's position into the cursor handed out (bound to operator and query). */
  issueCursor: (position: EmbeddedCursor) => string;
  /** When the request started (`performance.now()`), for the page's `tookMs`. */
  started: number;
}

/** One page of a compiled search: its rows, the total and, when more rows follow, the next cursor. */
export async function readEmbeddedPage(connection: DuckDBConnection, request: EmbeddedPageRequest): Promise<LogPage> {
  const { query, compiled } = request;
  const rows = (await connection.runAndReadAll(compiled.page.sql, compiled.page.params)).getRows();
  // A first page that holds every match counts them itself; only a longer result is counted apart.
  const whole = compiled.count !== null && !query.skip && rows.length <= compiled.pageSize;
  const total: TotalHits = whole
    ? { value: rows.length, relation: 'eq' }
    : (compiled.carriedTotal ?? (await countMatches(connection, compiled.count)));
  const pageRows = rows.slice(0, compiled.pageSize);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > compiled.pageSize && last
      ? request.issueCursor({
          value: cursorValue(last.at(-1) ?? null),
          id: String(last[0]),
          nowMs: compiled.nowMs,
          total,
        } satisfies EmbeddedCursor)
      : null;
  const page = {
    total,
    nextCursor,
    partial: null,
    missingFields: [],
    tookMs: 0,
  };
  const table = EMBEDDED_SCHEMA.tables[query.family];
  const provenance = request.provenance
    ? {
        provenance: pageRows.map((row) => ({ store: 'embedded' as const, table, documentId: String(row[0]) })),
      }
    : {};
  const tookMs = performance.now() - request.started;
  if (query.family === 'operational') {
    const read = pageRows.map(operationalRowFrom);
    return { family: 'operational', rows: read, ...page, redactions: {}, ...provenance, tookMs };
  }
  // A profile edit's values are left out as its row is read; the page says how many.
  const tally = new RedactionTally();
  const read = pageRows.map((row) => activityRowFrom(row, tally));
  return { family: 'activity', rows: read, ...page, redactions: { ...tally.byRule }, ...provenance, tookMs };
}

async function countMatches(connection: DuckDBConnection, statement: SqlStatement | null): Promise<TotalHits> {
  if (!statement) return { value: 0, relation: 'eq' };
  const [row] = (await connection.runAndReadAll(statement.sql, statement.params)).getRows();
  return { value: Number(row?.[0] ?? 0), relation: 'eq' };
}

function cursorValue(value: DuckDBValue): number | string | null {
  if (value === null) return null;
  return typeof value === 'bigint' || typeof value === 'number' ? Number(value) : String(value);
}
