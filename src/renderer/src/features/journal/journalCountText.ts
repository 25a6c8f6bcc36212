import type { JournalEntry } from '../../../../shared/contract/journalChannels';

/** What a journal line's Rows column shows: the rows returned, else the buckets of a facet or histogram call. */
export function journalCountText(entry: Pick<JournalEntry, 'rows' | 'buckets'>): string {
  if (entry.rows !== null) return String(entry.rows);
  if (entry.buckets !== null) return `${entry.buckets.toLocaleString()} ${entry.buckets === 1 ? 'bucket' : 'buckets'}`;
  return '';
}
