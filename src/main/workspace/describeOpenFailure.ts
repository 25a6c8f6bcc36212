import type { FailedWorkspaceStatus } from './DemoWorkspaceStatus';

/**
 * Turns whatever stopped a workspace file from opening into a status a person can act on. Every
 * failure offers Reset; none deletes anything by itself.
 */
export function describeOpenFailure(path: string, error: unknown): FailedWorkspaceStatus {
  const detail = error instanceof Error ? error.message : String(error);
  const failed = (
    code: FailedWorkspaceStatus['code'],
    reason: FailedWorkspaceStatus['reason'],
    message: string,
  ): FailedWorkspaceStatus => ({ state: 'failed', path, code, reason, message, offerRecreate: true });

  if (/Could not set lock on file/.test(detail)) {
    const holder = /lock is held in (.+?) \(PID (\d+)\)/.exec(detail);
    const by = holder ? ` (${holder[1] ?? 'another program'}, process ${holder[2] ?? '?'})` : '';
    return failed(
      'UNAVAILABLE',
      'locked',
      `The demo workspace at ${path} is in use by another program${by}. Close it and try again, or Reset to recreate the workspace.`,
    );
  }
  if (/newer version of DuckDB|database file with version number/i.test(detail)) {
    return failed(
      'CORRUPT',
      'newer-version',
      `The demo workspace at ${path} was written by a newer version of Audit Console. Update the console, or Reset to recreate it with this version.`,
    );
  }
  if (/permission denied|EACCES|EPERM/i.test(detail)) {
    return failed(
      'UNAVAILABLE',
      'unreadable',
      `The demo workspace at ${path} cannot be read (permission denied). Give your user access to it, or Reset to recreate it.`,
    );
  }
  return failed('CORRUPT', 'corrupt', `The demo workspace at ${path} is damaged; Reset recreates it.`);
}
