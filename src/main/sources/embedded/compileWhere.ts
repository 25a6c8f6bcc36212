import type { LogQuery } from '../../../shared/query/logQuery';
import { resolveTimeRange } from '../../../shared/query/timeRange';
import { filterColumn, SCOPE_COLUMN } from './embeddedColumns';
import type { SqlParams } from './SqlParams';
import { textWords } from './textWords';

export interface CompileContext {
  /** The clock relative time ranges resolve against (a cursor's own clock wins on later pages). */
  nowMs: number;
  /** A scoped operator's clients; absent or null when the operator sees every client. */
  scopeClientIds?: readonly string[] | null;
}

export interface WhereOptions {
  /** A filter field left out: a facet on F counts matches with F's own filter removed. */
  omitFilter?: string;
}

/**
 * The WHERE condition for a query: filter values OR within a field, fields AND together, the scope
 * as one more filter on the client, the time range resolved at `nowMs`, and every text word present.
 */
export function compileWhere(
  query: LogQuery,
  ctx: CompileContext,
  params: SqlParams,
  options: WhereOptions = {},
): string {
  const conditions: string[] = [];
  const filters: Readonly<Record<string, readonly string[] | undefined>> = query.filters;
  for (const field of Object.keys(filters).sort()) {
    const values = filters[field];
    if (!values || field === options.omitFilter) continue;
    const column = filterColumn(query.family, field);
    if (!column) continue;
    conditions.push(`${column} IN (${params.list([...new Set(values)])})`);
  }
  if (ctx.scopeClientIds) {
    conditions.push(
      ctx.scopeClientIds.length === 0
        ? 'FALSE'
        : `${SCOPE_COLUMN[query.family]} IN (${params.list([...new Set(ctx.scopeClientIds)])})`,
    );
  }
  const range = resolveTimeRange(query.timeRange, ctx.nowMs);
  if (range.fromMs !== undefined) conditions.push(`created_ms >= ${params.add(BigInt(range.fromMs))}`);
  if (range.toMs !== undefined) conditions.push(`created_ms <= ${params.add(BigInt(range.toMs))}`);
  conditions.push(...compileText(query.text, params));
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
}

/** Every word must be a whole word of the indexed text; the last may be a word prefix. */
function compileText(text: string | undefined, params: SqlParams): string[] {
  const words = textWords(text);
  return words.map((word, index) => {
    const needle = index === words.length - 1 ? ` ${word}` : ` ${word} `;
    return `contains(search_text, ${params.add(needle)})`;
  });
}
