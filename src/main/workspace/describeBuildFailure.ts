import { ConsoleError } from '../../shared/contract/errors';
import type { FailedWorkspaceStatus } from './DemoWorkspaceStatus';

/** Why building the demo workspace failed, in words; the half-built file is already gone. */
export function describeBuildFailure(path: string, error: unknown): FailedWorkspaceStatus {
  const detail = error instanceof Error ? error.message : String(error);
  const base = { state: 'failed', path, reason: 'build-failed', offerRecreate: true } as const;
  if (error instanceof ConsoleError && error.code === 'CANCELLED') {
    return {
      ...base,
      code: 'CANCELLED',
      message: `Creating the demo workspace at ${path} was cancelled; Reset starts again.`,
    };
  }
  if (/ENOSPC|No space left|disk is full/i.test(detail)) {
    return {
      ...base,
      code: 'DISK_FULL',
      message: `The disk is full: the demo workspace could not be created at ${path}. Free some space and Reset to try again.`,
    };
  }
  if (/EACCES|EPERM|permission denied|read-only file system|EROFS/i.test(detail)) {
    return {
      ...base,
      code: 'UNAVAILABLE',
      message: `The demo workspace cannot be written at ${path} (permission denied). Check the folder's permissions, then Reset.`,
    };
  }
  return {
    ...base,
    code: 'INTERNAL',
    message: `The demo workspace could not be created at ${path} (${detail.split('\n')[0] ?? 'unknown error'}); Reset tries again.`,
  };
}
