import type { Failure } from '../contract/errors';

/**
 * Why an export left no file, said once: a cancel already says it ("Export cancelled after 2 of 5 rows;
 * nothing was kept."), any other failure is led by "Not exported:" (the disk full, the folder gone).
 */
export function notExportedSentence(failure: Pick<Failure, 'code' | 'message'>): string {
  return failure.code === 'CANCELLED' ? failure.message : `Not exported: ${failure.message}`;
}
