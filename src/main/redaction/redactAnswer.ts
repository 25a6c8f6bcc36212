import { redactValue, type Redacted } from './redactSecrets';
import { RedactionTally } from './redactionTally';

/** Said instead of a message that redaction could not read. */
export const WITHHELD_MESSAGE = '[redacted: message withheld, it could not be checked for secrets]';

function hasRows(answer: unknown): answer is { rows: readonly unknown[] } {
  return typeof answer === 'object' && answer !== null && 'rows' in answer && Array.isArray(answer.rows);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * A page's position as the source seals it (`cursorEnvelope.ts`: an IV and an AES-GCM ciphertext, both
 * base64url): it holds nothing readable. Secret patterns found in its random letters (an IBAN's shape
 * after a hyphen turns up about once in 30,000 cursors) are chance, and rewriting one would break paging.
 */
const SEALED_CURSOR = /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/;

function sealedCursorOf(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null || !('nextCursor' in answer)) return null;
  const cursor = answer.nextCursor;
  return typeof cursor === 'string' && SEALED_CURSOR.test(cursor) ? cursor : null;
}

/**
 * Redacts an answer before it leaves main, failing closed record by record: a row that redaction cannot
 * read (it throws) is withheld and counted under its own rule, so the page says how many rows it lacks
 * and why, and the row itself is never sent. Anything else that cannot be read throws, and the whole
 * answer is refused. A sealed page position passes as it is: it holds nothing readable.
 */
export function redactAnswer<T>(answer: T): Redacted<T> {
  const cursor = sealedCursorOf(answer);
  if (cursor === null) return redactRowsAndRest(answer);
  const redacted = redactRowsAndRest({ ...answer, nextCursor: null });
  if (redacted.tally.total === 0) return { value: answer, tally: redacted.tally };
  return { value: { ...redacted.value, nextCursor: cursor } as T, tally: redacted.tally };
}

function redactRowsAndRest<T>(answer: T): Redacted<T> {
  const tally = new RedactionTally();
  if (!hasRows(answer)) return { value: redactValue(answer, 0, tally) as T, tally };
  const { rows, ...rest } = answer;
  const kept: unknown[] = [];
  for (const row of rows) {
    const rowTally = new RedactionTally();
    try {
      kept.push(redactValue(row, 2, rowTally));
      tally.addAll(rowTally);
    } catch (error) {
      console.error(`[redaction] withheld a row it could not read (${describe(error)})`);
      tally.add('withheld row (redaction failed)');
    }
  }
  const others = redactValue(rest, 0, tally) as object;
  if (tally.total === 0) return { value: answer, tally };
  return { value: { ...others, rows: kept } as T, tally };
}

/**
 * A message (a failure's text, an error body, JSON or not) with its secrets replaced, by the same rules
 * as any answer; never throws: a message that cannot be read is replaced whole.
 */
export function redactMessage(message: string): string {
  try {
    return redactValue(message, 0, new RedactionTally()) as string;
  } catch {
    return WITHHELD_MESSAGE;
  }
}
