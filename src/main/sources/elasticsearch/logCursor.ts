import { z } from 'zod';
import { TotalHits } from '../../../shared/query/logSource';

const SortValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type SortValue = z.infer<typeof SortValue>;

/**
 * Where the next page of a cluster query starts; it travels inside the signed cursor envelope, which
 * also binds it to its operator and query.
 */
export const LogCursor = z
  .object({
    /** The point-in-time's handle in the source's registry (the id itself stays in the main process). */
    handle: z.string().min(1),
    /** Sort values of the last row returned (the sort field and the `id` tiebreaker). */
    after: z.array(SortValue).min(1),
    /** The instant the first page resolved relative ranges against, so every page sees one window. */
    nowMs: z.number().int(),
    /** The total the first page counted; later pages do not count again. */
    total: TotalHits,
  })
  .strict();
export type LogCursor = z.infer<typeof LogCursor>;
