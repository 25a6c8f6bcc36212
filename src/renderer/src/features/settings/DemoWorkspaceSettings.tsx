import { useState } from 'react';
import type { WorkspaceState } from '../../../../shared/contract/workspaceChannels';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { usePollWhile } from '../../hooks/usePollWhile';
import { useRequest } from '../../hooks/useRequest';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { useWorkspaceReset } from '../workspace/useWorkspaceReset';
import { WorkspaceProblem } from '../workspace/WorkspaceProblem';
import { WorkspaceProgressBar } from '../workspace/WorkspaceProgressBar';
import { useOpenedBy } from '../../hooks/useOpenedBy';

function describeReady(workspace: Extract<WorkspaceState, { state: 'ready' }>, zone: string): string {
  return (
    `${workspace.events.toLocaleString()} generated events of ${workspace.clients.toLocaleString()} clients over ` +
    `${workspace.days} days up to ${workspace.endDate}, created ${formatTimestamp(workspace.createdAt, zone)}.`
  );
}

interface DemoWorkspaceSettingsProps {
  /** The data source the window shows: Demo data chosen opens the workspace, so its state is read again. */
  source: string | undefined;
  canReset: boolean;
  /** Tells the rest of the window the source is changing (the status bar follows the rebuild). */
  onResetStarted: () => void;
}

/** The demo workspace: what it holds, its rebuild progress, and Reset behind a confirmation. */
export function DemoWorkspaceSettings({ source, canReset, onResetStarted }: DemoWorkspaceSettingsProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const status = useRequest(() => api.workspaceStatus({}), [api, source]);
  const [confirming, setConfirming] = useState(false);
  const { opener, onKeyDown: onQuestionKey } = useOpenedBy(confirming, () => setConfirming(false));
  usePollWhile(status.data?.state === 'preparing', status.reload, status.data ?? status.error);
  const started = () => {
    setConfirming(false);
    status.reload();
    onResetStarted();
  };
  const { reset, pending, error } = useWorkspaceReset(started);
  const workspace = status.data;
  if (status.error) return <p className="error">{status.error.message}</p>;
  if (!workspace) return null;
  return (
    <section aria-labelledby="demo-workspace-title" data-testid="demo-workspace-settings">
      <h2 id="demo-workspace-title">Demo workspace</h2>
      {workspace.state === 'ready' && <p data-testid="demo-workspace-summary">{describeReady(workspace, zone)}</p>}
      {workspace.state === 'idle' && <p className="muted">Not opened yet: it opens when Demo data is the source.</p>}
      {workspace.state === 'preparing' && <WorkspaceProgressBar progress={workspace.progress} />}
      {workspace.state === 'failed' && (
        <WorkspaceProblem failure={workspace} canRecreate={canReset} onRecreateStarted={started} />
      )}
      {canReset && workspace.state !== 'preparing' && workspace.state !== 'failed' && !confirming && (
        <button type="button" ref={opener} onClick={() => setConfirming(true)}>
          Reset demo workspace
        </button>
      )}
      {confirming && (
        <div className="confirm-row" role="group" aria-label="Confirm reset" onKeyDown={onQuestionKey}>
          <span>Delete the demo workspace and generate it again? Nothing else is touched.</span>
          <button type="button" className="primary" disabled={pending} onClick={() => void reset()}>
            Reset
          </button>
          {/* The harmless answer takes the focus: Enter by mistake keeps the workspace. */}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {error && <p className="error">{error.message}</p>}
    </section>
  );
}
