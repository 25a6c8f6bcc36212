import type { ErrorCode } from '../../shared/contract/errors';
import type { WorkspaceMeta } from './workspaceMeta';

/** Where a demo workspace build is: generating (days done of days), then ordering and saving. */
export interface WorkspaceProgress {
  phase: 'generating' | 'ordering' | 'saving';
  done: number;
  total: number;
  /** Events written so far. */
  events: number;
}

export type WorkspaceFailureReason =
  'corrupt' | 'locked' | 'unreadable' | 'newer-version' | 'older-version' | 'build-failed';

/** Plain data, safe to send to the window as it is. */
export type DemoWorkspaceStatus =
  | {
      state: 'ready';
      path: string;
      /** What the console shows wherever this data appears. */
      label: 'Demo data';
      meta: WorkspaceMeta;
      /** True when this open built the workspace (first start or after Reset). */
      created: boolean;
    }
  | {
      state: 'failed';
      path: string;
      code: ErrorCode;
      reason: WorkspaceFailureReason;
      /** A sentence a person can act on, naming the file. */
      message: string;
      /** Reset (delete and regenerate) is offered; nothing is deleted until the operator asks. */
      offerRecreate: true;
    };

export type FailedWorkspaceStatus = Extract<DemoWorkspaceStatus, { state: 'failed' }>;
