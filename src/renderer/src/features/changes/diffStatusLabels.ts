import type { DiffStatus } from '../../../../shared/domain/changeDiff';

/** The words a difference's status is said in, in a row of the diff table and in the summary's counts. */
export const DIFF_STATUS_LABELS: Record<DiffStatus, string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  typeChanged: 'type changed',
  moved: 'moved',
  unchanged: 'unchanged',
};
