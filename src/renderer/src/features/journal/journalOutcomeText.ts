import type { JournalEntry } from '../../../../shared/contract/journalChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { ErrorCode } from '../../../../shared/contract/errors';

/** Why a call was refused or failed, in a few words: what the line's code stands for. */
const CODE_WORDS: Record<ErrorCode, string> = {
  BAD_REQUEST: 'the request was not one the console takes',
  UNKNOWN_CHANNEL: 'no such request',
  UNTRUSTED_SENDER: 'not sent by a console window',
  FORBIDDEN: 'not permitted to this operator',
  UNAVAILABLE: 'the data source could not be reached',
  TIMEOUT: 'the data source took too long',
  AUTH_FAILED: 'the cluster refused the credentials',
  QUERY_REJECTED: 'the cluster rejected the query',
  MAPPING_MISMATCH: 'the indices hold fields of another type',
  CANCELLED: 'cancelled',
  NOT_FOUND: 'nothing by that name or id',
  ALREADY_EXISTS: 'it existed already',
  CORRUPT: 'a damaged, altered or unreadable file',
  DISK_FULL: 'the disk was full',
  INTERNAL: 'an error in the console',
};

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(CODE_WORDS, code);

/** What a journal line's Outcome column shows: "ok", or "refused: not permitted to this operator (FORBIDDEN)". */
export function journalOutcomeText(entry: Pick<JournalEntry, 'outcome' | 'code'>): string {
  if (!entry.code) return entry.outcome;
  // A line written by another console version may carry a code this one does not know: shown as it is.
  const code = showHiddenCharacters(entry.code);
  return isErrorCode(entry.code)
    ? `${entry.outcome}: ${CODE_WORDS[entry.code]} (${code})`
    : `${entry.outcome} (${code})`;
}
