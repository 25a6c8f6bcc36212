import { join } from 'node:path';
import type { DataSourceStatus } from '../../shared/contract/appInfo';
import type { WorkspaceState } from '../../shared/contract/workspaceChannels';
import type { LogSource } from '../../shared/query/logSource';
import { buildFraction } from './buildFraction';
import { DemoWorkspace, type DemoWorkspaceOptions, type ProgressListener } from './DemoWorkspace';
import type { DemoWorkspaceStatus, WorkspaceProgress } from './DemoWorkspaceStatus';

const LABEL = 'Demo data';

/**
 * The demo workspace as the console's source when no cluster is chosen. `prepare` opens it in the
 * background, building it on first use, while `state` tells the window how far the build has got;
 * `current` waits for that and then answers with the embedded source, or with the ConsoleError of a
 * failed status (whose `offerRecreate` the window turns into a button wired to `reset`). One lives as
 * long as the console.
 */
export class DemoSource {
  private pending: Promise<DemoWorkspaceStatus> | null = null;
  private progress: WorkspaceProgress | null = null;
  private closed = false;

  constructor(readonly workspace: DemoWorkspace) {}

  /** The demo workspace of an app data folder, in its `workspace` subfolder; nothing opens until asked. */
  static inDataDir(dataDir: string, options: DemoWorkspaceOptions = {}): DemoSource {
    return new DemoSource(new DemoWorkspace(join(dataDir, 'workspace'), options));
  }

  /** Starts opening the workspace unless it is open or on its way: answers at once. */
  prepare(): void {
    if (this.pending || (!this.closed && this.workspace.status() !== null)) return;
    this.open().catch((error: unknown) => console.error('[demo workspace] could not be opened', error));
  }

  open(onProgress?: ProgressListener): Promise<DemoWorkspaceStatus> {
    return this.track((report) => this.workspace.open(report(onProgress)));
  }

  /** Deletes and rebuilds the workspace: only ever on the operator's request. */
  reset(onProgress?: ProgressListener): Promise<DemoWorkspaceStatus> {
    return this.track((report) => this.workspace.reset(report(onProgress)));
  }

  /** Where the workspace is now, as plain data for the window. */
  state(): WorkspaceState {
    if (this.pending) {
      const progress = this.progress ? { ...this.progress, fraction: buildFraction(this.progress) } : null;
      return { state: 'preparing', progress };
    }
    const last = this.workspace.status();
    if (!last || this.closed) return { state: 'idle' };
    if (last.state === 'failed') {
      const { code, reason, message, offerRecreate } = last;
      return { state: 'failed', code, reason, message, offerRecreate };
    }
    const { meta, path } = last;
    return {
      state: 'ready',
      path,
      createdAt: meta.createdAt,
      events: meta.operationalCount + meta.activityCount,
      clients: meta.clients,
      days: meta.days,
      endDate: meta.endDate,
    };
  }

  status(): Promise<DataSourceStatus> {
    const workspace = this.state();
    return Promise.resolve({
      kind: 'embedded',
      label: LABEL,
      state: 'demo',
      detail: describe(workspace),
      version: null,
      workspace,
    });
  }

  async current(): Promise<LogSource> {
    if (this.pending) await this.pending;
    else if (this.closed || !this.workspace.status()) await this.open();
    return this.workspace.source();
  }

  close(): Promise<void> {
    this.closed = true;
    return this.workspace.close();
  }

  private track(run: (report: (listener?: ProgressListener) => ProgressListener) => Promise<DemoWorkspaceStatus>) {
    this.progress = null;
    this.closed = false;
    const report = (listener?: ProgressListener): ProgressListener => {
      return (progress) => {
        this.progress = progress;
        listener?.(progress);
      };
    };
    const done = run(report).finally(() => {
      if (this.pending === done) {
        this.pending = null;
        this.progress = null;
      }
    });
    this.pending = done;
    return done;
  }
}

function describe(workspace: WorkspaceState): string | null {
  switch (workspace.state) {
    case 'preparing':
      return workspace.progress
        ? `Building the demo workspace (${Math.round(workspace.progress.fraction * 100)}%).`
        : 'Opening the demo workspace.';
    case 'failed':
      return workspace.message;
    case 'idle':
      return 'The demo workspace opens on first use.';
    default:
      return null;
  }
}
