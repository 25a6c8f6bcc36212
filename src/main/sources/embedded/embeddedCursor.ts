import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConsoleError } from '../../../shared/contract/errors';
import type { LogQuery } from '../../../shared/query/logQuery';
import { TotalHits } from '../../../shared/query/logSource';
import { textWords } from './textWords';

/** Where the next page starts: the last row's sort value and id, and the clock the first page used. */
export interface EmbeddedCursor {
  /** The last row's sort value: epoch ms for dates, text otherwise, null when it had none. */
  value: number | string | null;
  id: string;
  /** The `now` relative time ranges were resolved at, so every page sees one window. */
  nowMs: number;
  /** The total the first page counted; later pages do not count again. */
  total: TotalHits;
  /** Fingerprint of the query (and scope) the cursor belongs to. */
  query: string;
}

const CursorJson = z
  .object({
    v: z.literal(1),
    s: z.union([z.number(), z.string(), z.null()]),
    i: z.string().min(1),
    n: z.number().int(),
    t: TotalHits,
    q: z.string().min(1),
  })
  .strict();

const FOREIGN_CURSOR = 'This page position belongs to a different query; reload the results from the first page.';

export function encodeCursor(cursor: EmbeddedCursor): string {
  const json = { v: 1, s: cursor.value, i: cursor.id, n: cursor.nowMs, t: cursor.total, q: cursor.query };
  return Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
}

/** Reads a cursor, refusing one that is malformed or was issued for another query or scope. */
export function decodeCursor(
  cursor: string,
  query: LogQuery,
  scopeClientIds: readonly string[] | null = null,
): EmbeddedCursor {
  let parsed: z.infer<typeof CursorJson>;
  try {
    parsed = CursorJson.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ConsoleError(
      'BAD_REQUEST',
      'The page position is not valid; reload the results from the first page.',
      'cursor',
    );
  }
  if (parsed.q !== queryFingerprint(query, scopeClientIds))
    throw new ConsoleError('BAD_REQUEST', FOREIGN_CURSOR, 'cursor');
  return { value: parsed.s, id: parsed.i, nowMs: parsed.n, total: parsed.t, query: parsed.q };
}

/**
 * A stable hash of what decides which rows match and in what order: family, filters, text, time range,
 * sort and the operator's scope. Page size and cursor are left out, so a grid may change its page size
 * between pages.
 */
export function queryFingerprint(query: LogQuery, scopeClientIds: readonly string[] | null = null): string {
  const filters: Record<string, readonly string[] | undefined> = query.filters;
  const canonicalFilters = Object.keys(filters)
    .sort()
    .flatMap((field) => {
      const values = filters[field];
      return values ? [[field, [...new Set(values)].sort()]] : [];
    });
  const range = query.timeRange;
  const canonical = [
    query.family,
    canonicalFilters,
    textWords(query.text),
    range
      ? range.kind === 'relative'
        ? ['relative', range.last]
        : ['absolute', instant(range.from), instant(range.to)]
      : null,
    [query.sort.field, query.sort.direction],
    scopeClientIds ? [...new Set(scopeClientIds)].sort() : null,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 22);
}

const instant = (iso: string | undefined): number | null => (iso === undefined ? null : Date.parse(iso));
