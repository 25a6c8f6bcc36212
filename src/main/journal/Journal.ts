/** One line of the operators' own audit trail: who looked at or exported what, and when. */
export interface JournalEntry {
  at: string;
  operatorId: string;
  role: string;
  channel: string;
  /** The validated request (a LogQuery, an export scope); never credentials. */
  request: unknown;
  outcome: 'ok' | 'refused' | 'failed';
  code?: string;
  /** Rows returned or exported, when the channel returns rows. */
  rows?: number;
}

export interface Journal {
  record(entry: JournalEntry): Promise<void>;
}

export const discardingJournal: Journal = { record: () => Promise.resolve() };
