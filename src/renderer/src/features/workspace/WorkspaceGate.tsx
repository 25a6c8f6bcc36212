import type { ReactNode } from 'react';
import type { DataSourceStatus } from '../../../../shared/contract/appInfo';
import { WorkspaceProblem } from './WorkspaceProblem';
import { WorkspaceProgressBar } from './WorkspaceProgressBar';

interface WorkspaceGateProps {
  /** The data source; null until the console has said which it is. */
  dataSource: DataSourceStatus | null;
  canRecreate: boolean;
  onRecreateStarted: () => void;
  children: ReactNode;
}

/**
 * Shows the data views once the source is known and, for the demo, usable; until then its progress or
 * its problem. Views are not mounted before the source is known, so none is built only to be torn down.
 */
export function WorkspaceGate({ dataSource, canRecreate, onRecreateStarted, children }: WorkspaceGateProps) {
  if (!dataSource) return <p className="muted">Connecting…</p>;
  const workspace = dataSource.workspace;
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
