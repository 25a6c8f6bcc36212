import { ConsoleError } from '../../shared/contract/errors';
import type { JournalRecord } from '../../shared/domain/journal';

export type { JournalRecord };

/** The operators' own audit trail: who looked at, changed or was refused what, and when. */
export interface Journal {
  /** Resolves once the line is written; rejects with a `JournalUnavailableError` when it cannot be. */
  record(entry: JournalRecord): Promise<void>;
}

/**
 * The journal could not be written. Reads fail closed on it: what an operator looks at is never shown
 * without its journal line.
 */
export class JournalUnavailableError extends ConsoleError {}

/** Where a console keeps its journal inside its data folder. */
export const JOURNAL_FILE = ['journal', 'operator-journal.ndjson'] as const;
