import { z } from 'zod';
import { ErrorCode } from './errors';
import { channel, type ContractPart } from './channelDefinition';

/** How far a demo workspace build has got: days generated, then ordering and saving. */
export const WorkspaceBuildProgress = z.object({
  phase: z.enum(['generating', 'ordering', 'saving']),
  /** Steps of this phase done (days while generating) out of `total`. */
  done: z.number().int().min(0),
  total: z.number().int().min(1),
  /** Events written so far. */
  events: z.number().int().min(0),
  /** The whole build, from 0 to 1, for a progress bar. */
  fraction: z.number().min(0).max(1),
});
export type WorkspaceBuildProgress = z.infer<typeof WorkspaceBuildProgress>;

export const WorkspaceFailureReason = z.enum([
  'corrupt',
  'locked',
  'unreadable',
  'newer-version',
  'older-version',
  'build-failed',
]);

/** The demo workspace as the window sees it. */
export const WorkspaceState = z.discriminatedUnion('state', [
  /** Not opened yet: it opens when it becomes the data source. */
  z.object({ state: z.literal('idle') }),
  /** Being built (progress) or an existing file being opened and checked (progress null). */
  z.object({ state: z.literal('preparing'), progress: WorkspaceBuildProgress.nullable() }),
  z.object({
    state: z.literal('ready'),
    path: z.string(),
    createdAt: z.string(),
    events: z.number().int().min(0),
    clients: z.number().int().min(0),
    days: z.number().int().min(0),
    /** Last UTC day the generated data covers. */
    endDate: z.string(),
  }),
  z.object({
    state: z.literal('failed'),
    code: ErrorCode,
    reason: WorkspaceFailureReason,
    /** A sentence a person can act on, naming the file. */
    message: z.string(),
    /** Recreating (delete and regenerate) is offered; nothing is deleted until the operator asks. */
    offerRecreate: z.boolean(),
  }),
]);
export type WorkspaceState = z.infer<typeof WorkspaceState>;

export const WorkspaceStatusRequest = z.object({}).strict();
export const ResetWorkspaceRequest = z.object({}).strict();

/** The channels of this part of the contract (see contract.ts). */
export const workspaceContract = {
  'workspace/status': channel({
    request: WorkspaceStatusRequest,
    response: WorkspaceState,
    permission: 'app:read',
    audited: false,
  }),
  /** Deletes and regenerates the demo workspace; answers at once, progress comes through `workspace/status`. */
  'workspace/reset': channel({
    request: ResetWorkspaceRequest,
    response: WorkspaceState,
    permission: 'settings:manage',
    audited: true,
    failedIn: (workspace) => (workspace.state === 'failed' ? workspace.code : null),
  }),
} satisfies ContractPart;
