import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';
import { ConsoleError } from '../../shared/contract/errors';
import { EmbeddedLogSource } from '../sources/embedded/EmbeddedLogSource';
import { openEmbeddedDatabase } from '../sources/embedded/openEmbeddedDatabase';
import { buildDemoDatabase, removeDatabaseFiles } from './buildDemoDatabase';
import type { DemoDatasetSpec } from './demoDatasetSpec';
import type { DemoWorkspaceStatus, WorkspaceProgress } from './DemoWorkspaceStatus';
import { describeBuildFailure } from './describeBuildFailure';
import { describeOpenFailure } from './describeOpenFailure';
import { checkWorkspaceFile } from './checkWorkspaceFile';
import { makeFolder } from '../files/makeFolder';
import { errnoCode } from '../files/errnoCode';

export const DEMO_WORKSPACE_FILE = 'demo-workspace.duckdb';

/** 500 clients over six whole weeks (so the weekly rhythm evens out whatever the end date): over 100,000 events. */
export const DEMO_DATASET: Omit<DemoDatasetSpec, 'endDate'> = { clients: 500, days: 42, seed: 'audit-console-demo' };

export interface DemoWorkspaceOptions {
  /** Overrides of the generated dataset (tests use a small one); the end date defaults to yesterday (UTC). */
  dataset?: Partial<DemoDatasetSpec>;
  fileName?: string;
  now?: () => Date;
}

export type ProgressListener = (progress: WorkspaceProgress) => void;

/**
 * The demo workspace: generated CRM logs in a DuckDB file in the app's data folder, built on first
 * open and read-only afterwards. A file that cannot be used yields a failed status offering Reset;
 * only `reset()` ever deletes it. Calls are serialized, so a Reset never races an open.
 */
export class DemoWorkspace {
  readonly path: string;
  private opened: { source: EmbeddedLogSource; status: DemoWorkspaceStatus } | null = null;
  private last: DemoWorkspaceStatus | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Cancels the build under way, if any: close and reset do not wait for one to finish. */
  private building: AbortController | null = null;
  /** Counts closes and resets: an open asked for before one of them builds nothing once its turn comes. */
  private generation = 0;

  constructor(
    dir: string,
    private readonly options: DemoWorkspaceOptions = {},
  ) {
    this.path = join(dir, options.fileName ?? DEMO_WORKSPACE_FILE);
  }

  /** Opens the workspace, building it first if the folder has none. Never throws for a bad file. */
  open(onProgress?: ProgressListener, signal?: AbortSignal): Promise<DemoWorkspaceStatus> {
    const generation = this.generation;
    return this.serialize(() => this.openNow(onProgress, signal, generation));
  }

  /** Closes, deletes and rebuilds the workspace: the operator's explicit answer to a failed status. */
  reset(onProgress?: ProgressListener, signal?: AbortSignal): Promise<DemoWorkspaceStatus> {
    this.stopBuilding();
    const generation = this.generation;
    return this.serialize(async () => {
      await this.closeNow();
      await removeDatabaseFiles(this.path);
      return this.openNow(onProgress, signal, generation);
    });
  }

  /** The last status an open or reset reached; null before the first. */
  status(): DemoWorkspaceStatus | null {
    return this.last;
  }

  /** The open workspace's source, or the ConsoleError saying why there is none. */
  source(): EmbeddedLogSource {
    if (this.opened) return this.opened.source;
    if (this.last?.state === 'failed') throw new ConsoleError(this.last.code, this.last.message);
    throw new ConsoleError('UNAVAILABLE', 'The demo workspace is not open yet.');
  }

  /** Closes the workspace; a build under way is cancelled (its thread stopped, its file removed). */
  close(): Promise<void> {
    this.stopBuilding();
    return this.serialize(() => this.closeNow());
  }

  private async openNow(
    onProgress: ProgressListener | undefined,
    signal: AbortSignal | undefined,
    generation: number,
  ): Promise<DemoWorkspaceStatus> {
    if (this.opened) return this.opened.status;
    let created = false;
    const existing = await fileState(this.path);
    if (existing === 'unreadable') return this.remember(describeOpenFailure(this.path, new Error('permission denied')));
    if (existing === 'absent') {
      const building = new AbortController();
      this.building = building;
      if (generation !== this.generation) building.abort();
      try {
        await makeFolder(dirname(this.path));
        await buildDemoDatabase(this.path, this.dataset(), {
          ...(onProgress ? { onProgress } : {}),
          signal: signal ? AbortSignal.any([signal, building.signal]) : building.signal,
          ...(this.options.now ? { now: this.options.now } : {}),
        });
        created = true;
      } catch (error) {
        return this.remember(describeBuildFailure(this.path, error));
      } finally {
        if (this.building === building) this.building = null;
      }
    }
    return this.openExisting(created);
  }

  private async openExisting(created: boolean): Promise<DemoWorkspaceStatus> {
    let instance: DuckDBInstance | undefined;
    try {
      instance = await openEmbeddedDatabase(this.path, { readOnly: true });
      const checked = await checkWorkspaceFile(instance, this.path);
      if (checked.state === 'failed') {
        instance.closeSync();
        return this.remember(checked);
      }
      const status: DemoWorkspaceStatus = {
        state: 'ready',
        path: this.path,
        label: 'Demo data',
        meta: checked.meta,
        created,
      };
      // A custody record names the file, not the folders of this workstation it sits in.
      const identity = { label: 'demo workspace', file: basename(this.path), details: { ...checked.meta } };
      this.opened = { source: new EmbeddedLogSource(instance, { ownsInstance: true, identity }), status };
      return this.remember(status);
    } catch (error) {
      instance?.closeSync();
      return this.remember(describeOpenFailure(this.path, error));
    }
  }

  private stopBuilding(): void {
    this.generation += 1;
    this.building?.abort();
  }

  private async closeNow(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    await opened?.source.close();
  }

  private dataset(): DemoDatasetSpec {
    const now = this.options.now?.() ?? new Date();
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    return { ...DEMO_DATASET, endDate: yesterday, ...this.options.dataset };
  }

  private remember<T extends DemoWorkspaceStatus>(status: T): T {
    this.last = status;
    return status;
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Opens (building if needed) the demo workspace in `dir`: what main calls when no cluster is configured. */
export async function openDemoWorkspace(
  dir: string,
  onProgress?: ProgressListener,
  options: DemoWorkspaceOptions = {},
): Promise<{ workspace: DemoWorkspace; status: DemoWorkspaceStatus }> {
  const workspace = new DemoWorkspace(dir, options);
  return { workspace, status: await workspace.open(onProgress) };
}

async function fileState(path: string): Promise<'present' | 'absent' | 'unreadable'> {
  try {
    await stat(path);
    return 'present';
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? 'absent' : 'unreadable';
  }
}
