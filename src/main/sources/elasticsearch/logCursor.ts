import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConsoleError } from '../../../shared/contract/errors';
import { LOG_FAMILIES, type LogFamily, type LogQuery, type TimeRange } from '../../../shared/query/logQuery';
import { TotalHits } from '../../../shared/query/logSource';
import { textSearchTerms } from './textSearchTerms';

const SortValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type SortValue = z.infer<typeof SortValue>;

/** What a page needs to continue where the previous one stopped; travels as opaque base64url JSON. */
export const LogCursor = z
  .object({
    v: z.literal(1),
    family: z.enum(LOG_FAMILIES),
    /** The point-in-time's handle in the source's registry (the id itself stays in the main process). */
    handle: z.string().min(1),
    /** Sort values of the last row returned (the sort field and the `id` tiebreaker). */
    after: z.array(SortValue).min(1),
    /** The instant the first page resolved relative ranges against, so every page sees one window. */
    nowMs: z.number().int(),
    fromMs: z.number().int().nullable(),
    toMs: z.number().int().nullable(),
    /** The total the first page counted; later pages do not count again. */
    total: TotalHits,
    queryHash: z.string().min(1),
  })
  .strict();
export type LogCursor = z.infer<typeof LogCursor>;

export function encodeCursor(cursor: LogCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

const malformed = () =>
  new ConsoleError('BAD_REQUEST', 'The page position is not one this console issued; reload to start again', 'cursor');

/** Reads a cursor without checking which query it belongs to (enough to release it). */
export function readCursor(encoded: string): LogCursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  const parsed = LogCursor.safeParse(json);
  if (!parsed.success) throw malformed();
  return parsed.data;
}

/** Reads a cursor and refuses it unless it was issued for this very query (and scope). */
export function decodeCursor(encoded: string, family: LogFamily, queryHash: string): LogCursor {
  const cursor = readCursor(encoded);
  if (cursor.family !== family || cursor.queryHash !== queryHash) {
    throw new ConsoleError(
      'BAD_REQUEST',
      'The page position belongs to a different query (filters, text, time range, sort or scope changed); reload to start again',
      'cursor',
    );
  }
  return cursor;
}

/**
 * A fingerprint of everything that decides which rows match and in what order: family, filters, text,
 * time range, sort and the operator's scope. Page size and cursor are left out: they may change between pages.
 */
export function hashQuery(query: LogQuery, scopeClientIds: readonly string[] | null): string {
  const filters = Object.entries(query.filters as Record<string, readonly string[] | undefined>)
    .filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && entry[1].length > 0)
    .map(([key, values]) => [key, [...new Set(values)].sort()] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const fingerprint = JSON.stringify([
    query.family,
    filters,
    textSearchTerms(query.text),
    timeRangeFingerprint(query.timeRange),
    [query.sort.field, query.sort.direction],
    scopeClientIds ? [...new Set(scopeClientIds)].sort() : null,
  ]);
  return createHash('sha256').update(fingerprint).digest('base64url').slice(0, 22);
}

function timeRangeFingerprint(range: TimeRange | undefined): readonly (string | null)[] | null {
  if (!range) return null;
  return range.kind === 'relative' ? [range.kind, range.last] : [range.kind, range.from ?? null, range.to ?? null];
}
