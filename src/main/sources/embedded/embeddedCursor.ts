import { z } from 'zod';
import { TotalHits } from '../../../shared/query/logSource';

/**
 * Where the next page of an embedded query starts: the last row's sort value and id, the clock the first
 * page used and the total it counted. It travels inside the signed cursor envelope, which also binds
 * it to its operator and query.
 */
export const EmbeddedCursor = z
  .object({
    /** The last row's sort value: epoch ms for instants, text otherwise, null when it had none. */
    value: z.union([z.number(), z.string(), z.null()]),
    id: z.string().min(1),
    /** The `now` relative time ranges were resolved at, so every page sees one window. */
    nowMs: z.number().int(),
    /** The total the first page counted; later pages do not count again. */
    total: TotalHits,
  })
  .strict();
export type EmbeddedCursor = z.infer<typeof EmbeddedCursor>;
