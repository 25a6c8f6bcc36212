import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { receivedError, sendableError } from '../../../../src/main/workspace/demoBuildMessages';
import { describeBuildFailure } from '../../../../src/main/workspace/describeBuildFailure';
import type { WorkspaceProgress } from '../../../../src/main/workspace/DemoWorkspaceStatus';
import { DemoWorkspace } from '../../../../src/main/workspace/DemoWorkspace';

/** Large enough that a build is still generating when the test steps in. */
const slow = { dataset: { clients: 120, days: 14, seed: 'unit', endDate: '2024-03-02' } };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'demo-build-worker-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a workspace and resolves once its build thread has reported the first generated events. */
function openUntilGenerating(workspace: DemoWorkspace, signal?: AbortSignal) {
  let generating: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (generating = resolve));
  const onProgress = (progress: WorkspaceProgress) => {
    if (progress.phase === 'generating' && progress.events > 0) generating();
  };
  return { started, opened: workspace.open(onProgress, signal) };
}

describe('the demo workspace build thread', () => {
  it('stops when the build is cancelled midway, leaving no file behind', async () => {
    const workspace = new DemoWorkspace(dir, slow);
    const controller = new AbortController();
    const { started, opened } = openUntilGenerating(workspace, controller.signal);
    await started;
    controller.abort();
    expect(await opened).toMatchObject({ state: 'failed', code: 'CANCELLED', reason: 'build-failed' });
    expect(existsSync(workspace.path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(await workspace.open()).toMatchObject({ state: 'ready', created: true });
    await workspace.close();
  });

  it('is stopped by close, which does not wait for the build to finish', async () => {
    const workspace = new DemoWorkspace(dir, slow);
    const { started, opened } = openUntilGenerating(workspace);
    await started;
    const closing = performance.now();
    await workspace.close();
    expect(performance.now() - closing).toBeLessThan(2_500);
    expect(await opened).toMatchObject({ state: 'failed', code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is never started for an open that close overtook while it waited its turn', async () => {
    const workspace = new DemoWorkspace(dir, slow);
    const opened = workspace.open();
    await workspace.close();
    expect(await opened).toMatchObject({ state: 'failed', code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is replaced by Reset, which builds afresh', async () => {
    const workspace = new DemoWorkspace(dir, slow);
    const { started, opened } = openUntilGenerating(workspace);
    await started;
    const reset = workspace.reset();
    expect(await opened).toMatchObject({ state: 'failed', code: 'CANCELLED' });
    expect(await reset).toMatchObject({ state: 'ready', created: true });
    expect(readdirSync(dir)).toEqual(['demo-workspace.duckdb']);
    await workspace.close();
  });
});

describe('errors crossing from the build thread', () => {
  it('keep a ConsoleError a ConsoleError, so a cancel still reads as one', () => {
    const error = receivedError(sendableError(new ConsoleError('CANCELLED', 'stopped')));
    expect(error).toBeInstanceOf(ConsoleError);
    expect(describeBuildFailure('/w.duckdb', error)).toMatchObject({ code: 'CANCELLED', reason: 'build-failed' });
  });

  it('keep the message and code of a system error, so a full disk is named', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const error = receivedError(sendableError(full)) as NodeJS.ErrnoException;
    expect(error.code).toBe('ENOSPC');
    expect(describeBuildFailure('/w.duckdb', error)).toMatchObject({ code: 'DISK_FULL' });
  });

  it('turn anything thrown into an error with its text', () => {
    expect(receivedError(sendableError('plain text')).message).toBe('plain text');
  });
});
