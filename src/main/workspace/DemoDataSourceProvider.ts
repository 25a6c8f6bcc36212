import type { DataSourceStatus } from '../../shared/contract/appInfo';
import type { LogSource } from '../../shared/query/logSource';
import type { DataSourceProvider } from '../services/DataSourceProvider';
import type { DemoWorkspace, ProgressListener } from './DemoWorkspace';
import type { DemoWorkspaceStatus } from './DemoWorkspaceStatus';

const LABEL = 'Demo data';

/**
 * The demo workspace as the console's data source when no cluster is configured. `open` (at start-up,
 * with a progress listener) builds it on first use; `current` waits for that and then answers with the
 * embedded source, or with the ConsoleError of a failed status (whose `offerRecreate` the window turns
 * into a Reset button wired to `reset`).
 */
export class DemoDataSourceProvider implements DataSourceProvider {
  constructor(readonly workspace: DemoWorkspace) {}

  open(onProgress?: ProgressListener): Promise<DemoWorkspaceStatus> {
    return this.workspace.open(onProgress);
  }

  /** Deletes and rebuilds the workspace: only ever on the operator's request. */
  reset(onProgress?: ProgressListener): Promise<DemoWorkspaceStatus> {
    return this.workspace.reset(onProgress);
  }

  status(): Promise<DataSourceStatus> {
    const status = this.workspace.status();
    const detail = !status ? 'Preparing the demo workspace.' : status.state === 'failed' ? status.message : null;
    return Promise.resolve({ kind: 'embedded', label: LABEL, state: 'demo', detail, version: null });
  }

  async current(): Promise<LogSource> {
    if (!this.workspace.status()) await this.workspace.open();
    return this.workspace.source();
  }

  close(): Promise<void> {
    return this.workspace.close();
  }
}
