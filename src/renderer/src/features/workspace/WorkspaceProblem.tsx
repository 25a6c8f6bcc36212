import type { WorkspaceState } from '../../../../shared/contract/workspaceChannels';
import { useWorkspaceReset } from './useWorkspaceReset';
import './workspace.css';

type FailedWorkspace = Extract<WorkspaceState, { state: 'failed' }>;

const TITLES: Readonly<Record<FailedWorkspace['reason'], string>> = {
  corrupt: 'The demo workspace is damaged',
  locked: 'The demo workspace is in use by another program',
  unreadable: 'The demo workspace cannot be read',
  'newer-version': 'The demo workspace comes from a newer version',
  'older-version': 'The demo workspace comes from an older version',
  'build-failed': 'The demo workspace could not be created',
};

interface WorkspaceProblemProps {
  failure: FailedWorkspace;
  /** Whether this operator may recreate it (the Reset permission). */
  canRecreate: boolean;
  onRecreateStarted: () => void;
}

/** Why the demo data cannot be shown, and the way out: recreate it, or ask a console admin to. */
export function WorkspaceProblem({ failure, canRecreate, onRecreateStarted }: WorkspaceProblemProps) {
  const { reset, pending, error } = useWorkspaceReset(onRecreateStarted);
  return (
    <div className="workspace-panel workspace-problem" role="alert" data-testid="workspace-problem">
      <h2>{TITLES[failure.reason]}</h2>
      <p>{failure.message}</p>
      {failure.offerRecreate && canRecreate && (
        <button type="button" className="primary" disabled={pending} onClick={() => void reset()}>
          Recreate demo workspace
        </button>
      )}
      {failure.offerRecreate && !canRecreate && (
        <p className="muted">Ask a console admin to recreate the demo workspace from Settings.</p>
      )}
      {error && <p className="error">{error.message}</p>}
    </div>
  );
}
