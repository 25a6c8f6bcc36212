import { ConsoleError, type ErrorCode } from '../../shared/contract/errors';
import type { DemoDatasetSpec } from './demoDatasetSpec';
import type { WorkspaceProgress } from './DemoWorkspaceStatus';
import type { WorkspaceMeta } from './workspaceMeta';

/** What the build worker is started with (its `workerData`). */
export interface DemoBuildJob {
  /** The file to write: the build's temporary name, never the workspace's own. */
  path: string;
  spec: DemoDatasetSpec;
  createdAt: string;
}

/** An error as plain data: what `describeBuildFailure` reads of it survives the trip between threads. */
export interface SentError {
  name: string;
  message: string;
  /** A ConsoleError's code, or a Node error's (ENOSPC, EACCES…). */
  code?: string;
}

export type ToBuilder = { type: 'cancel' };

export type FromBuilder =
  | { type: 'progress'; progress: WorkspaceProgress }
  | { type: 'done'; meta: WorkspaceMeta }
  | { type: 'failed'; error: SentError };

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

/** The error again on this side: a ConsoleError stays one (a cancel stays CANCELLED), others keep their code. */
export function receivedError(sent: SentError): Error {
  if (sent.name === 'ConsoleError' && sent.code !== undefined) {
    return new ConsoleError(sent.code as ErrorCode, sent.message);
  }
  const error = new Error(sent.message) as NodeJS.ErrnoException;
  error.name = sent.name;
  if (sent.code !== undefined) error.code = sent.code;
  return error;
}
