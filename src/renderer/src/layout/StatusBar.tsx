import { useState } from 'react';
import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS } from '../../../shared/domain/roles';
import type { AppInfo } from '../../../shared/contract/appInfo';
import { WorkspaceProgressBar } from '../features/workspace/WorkspaceProgressBar';
import type { RequestState } from '../hooks/useRequest';
import { StatusPart } from './StatusPart';

const STATE_LABELS: Readonly<Record<AppInfo['dataSource']['state'], string>> = {
  connected: 'connected',
  unreachable: 'unreachable',
  fault: 'console fault',
  demo: 'generated, no cluster',
  bundle: 'read-only bundle',
};

/**
 * What every screen says at its foot (a live status region inside the page's footer): the source, who the operator is, and the version. The source's name
 * (a reopened bundle's file name) and the operator's come from files and accounts the console does not
 * control: each character in them that hides or reorders text is shown by its name, ⟨U+202E⟩.
 */
export function StatusBar({ info }: { info: RequestState<AppInfo> }) {
  const [tipHost, setTipHost] = useState<HTMLDivElement | null>(null);
  if (info.error) {
    return (
      <footer className="status status-error">
        <div className="status-line" role="status">
          {info.error.message}
        </div>
      </footer>
    );
  }
  if (!info.data)
    return (
      <footer className="status">
        <div className="status-line" role="status">
          Connecting…
        </div>
      </footer>
    );
  const { dataSource, operator, identity, version, transport } = info.data;
  const workspace = dataSource.workspace;
  const failed = workspace?.state === 'failed';
  const source = `${showHiddenCharacters(dataSource.label)} · ${STATE_LABELS[dataSource.state]}${
    dataSource.version ? ` · ${showHiddenCharacters(dataSource.version)}` : ''
  }${dataSource.detail && workspace?.state !== 'preparing' ? ` — ${showHiddenCharacters(dataSource.detail)}` : ''}`;
  const who =
    identity.source === 'unresolved'
      ? `${showHiddenCharacters(identity.user)} · no console role`
      : `${showHiddenCharacters(operator.name)} · ${ROLE_LABELS[operator.role]}${identity.source === 'workstation' ? ' (this workstation’s role)' : ''}`;
  const notice = identity.notice && showHiddenCharacters(identity.notice);
  // One line at any width: a part with no room is cut with an ellipsis, its whole text in its tooltip.
  return (
    <footer className="status">
      <div className="status-line" role="status">
        <StatusPart
          text={source}
          tipHost={tipHost}
          testId="status-source"
          className={`source source-${failed ? 'unreachable' : dataSource.state}`}
        />
        {workspace?.state === 'preparing' && (
          <WorkspaceProgressBar
            progress={workspace.progress}
            sentence={(text) => <StatusPart text={text} tipHost={tipHost} testId="status-workspace-build" />}
          />
        )}
        <StatusPart text={who} tipHost={tipHost} testId="status-operator" />
        {notice && (
          <StatusPart
            text={notice}
            tipHost={tipHost}
            testId="status-identity"
            className={`status-notice ${identity.source === 'unresolved' ? 'status-alert' : 'muted'}`}
          />
        )}
        <span className="muted status-version">
          v{version} · {transport === 'ipc' ? 'desktop' : 'browser mode'}
        </span>
      </div>
      <div className="status-tips" ref={setTipHost} />
    </footer>
  );
}
