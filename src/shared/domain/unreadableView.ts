import { z } from 'zod';
import { LogQuery } from '../query/logQuery';
import { ColumnLayout, ViewId } from './preferences';

/** The longest stretch of a stored name or field a flagged view shows; the file keeps the whole of it. */
export const UNREADABLE_TEXT_SHOWN = 120;

/**
 * A saved view this version cannot open as it is (it names a field the cluster no longer has, or was written
 * by a newer console): kept in the file untouched, listed with what is wrong and what to do. `key` deletes it.
 * `openable` is its query and columns without what cannot be read, when the rest can be: opened, not saved.
 */
export const UnreadableView = z.object({
  key: ViewId,
  /** The stored name, cut to what the list shows, or null when it has none that reads as text. */
  name: z
    .string()
    .max(UNREADABLE_TEXT_SHOWN + 1)
    .nullable(),
  problem: z.string().min(1),
  openable: z
    .object({
      query: LogQuery,
      columns: ColumnLayout,
      /** What is left out to open it ("the filter on “desk”"), or null when nothing is (only its name is wrong). */
      without: z.string().min(1).nullable(),
    })
    .nullable(),
});
export type UnreadableView = z.infer<typeof UnreadableView>;
