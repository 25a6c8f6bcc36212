import { ConsoleError } from '../../shared/contract/errors';
import { errnoCode } from './errnoCode';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
const REFUSED_CODES = new Set(['EACCES', 'EPERM']);

/**
 * A failed write as a message that says what did not happen and what to do; `failed` is the start of
 * that sentence ("The connection “prod” was not saved"). Errors not about the disk pass unchanged.
 */
export function toWriteFailure(error: unknown, failed: string): unknown {
  if (error instanceof ConsoleError) return error;
  const code = errnoCode(error);
  if (code !== undefined && DISK_FULL_CODES.has(code)) {
    return new ConsoleError(
      'DISK_FULL',
      `${failed}: the disk holding the console’s data is full. Free some space and try again; nothing was changed.`,
    );
  }
  // Permissions do not help here: the disk itself takes no writes (often remounted so after an error).
  if (code === 'EROFS') {
    return new ConsoleError(
      'UNAVAILABLE',
      `${failed}: the disk holding the console’s data folder is read-only. Make it writable again and retry; nothing was changed.`,
    );
  }
  if (code !== undefined && REFUSED_CODES.has(code)) {
    return new ConsoleError(
      'UNAVAILABLE',
      `${failed}: the console may not write to its data folder (${code}). Check its permissions and try again.`,
    );
  }
  return error;
}
