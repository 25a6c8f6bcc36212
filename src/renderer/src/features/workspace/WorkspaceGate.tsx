import type { ReactNode } from 'react';
import type { WorkspaceState } from '../../../../shared/contract/workspaceChannels';
import { WorkspaceProblem } from './WorkspaceProblem';
import { WorkspaceProgressBar } from './WorkspaceProgressBar';

interface WorkspaceGateProps {
  /** The demo workspace behind the data source; undefined when the source is not the demo. */
  workspace: WorkspaceState | undefined;
  canRecreate: boolean;
  onRecreateStarted: () => void;
  children: ReactNode;
}

/** Shows the data views once the demo workspace is usable; until then its progress or its problem. */
export function WorkspaceGate({ workspace, canRecreate, onRecreateStarted, children }: WorkspaceGateProps) {
  if (workspace?.state === 'preparing') {
    return (
      <div className="workspace-panel" role="status">
        <h2>Preparing demo data</h2>
        <p className="muted">
          The first start generates a demo workspace of CRM logs on this machine; it is reused afterwards.
        </p>
        <WorkspaceProgressBar progress={workspace.progress} />
      </div>
    );
  }
  if (workspace?.state === 'failed') {
    return <WorkspaceProblem failure={workspace} canRecreate={canRecreate} onRecreateStarted={onRecreateStarted} />;
  }
  return <>{children}</>;
}
