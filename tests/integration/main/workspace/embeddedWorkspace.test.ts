import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkspaceProgress } from '../../../../src/main/workspace/DemoWorkspaceStatus';
import { openDemoWorkspace, type DemoWorkspace } from '../../../../src/main/workspace/DemoWorkspace';
import { LogQuery } from '../../../../src/shared/query/logQuery';

const dir = mkdtempSync(join(tmpdir(), 'demo-workspace-full-'));
let workspace: DemoWorkspace | undefined;

afterAll(async () => {
  await workspace?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo workspace at full size', () => {
  it('is built on first open from the generator: over 100,000 events over 500 clients, in seconds', async () => {
    const phases = new Set<string>();
    const started = performance.now();
    const opened = await openDemoWorkspace(dir, (progress: WorkspaceProgress) => phases.add(progress.phase));
    const seconds = (performance.now() - started) / 1000;
    workspace = opened.workspace;
    const { status } = opened;
    expect(status.state).toBe('ready');
    if (status.state !== 'ready') return;
    const events = status.meta.operationalCount + status.meta.activityCount;
    console.log(`demo workspace: ${events} events built in ${seconds.toFixed(1)} s`);
    expect(events).toBeGreaterThanOrEqual(100_000);
    expect(status.meta.clients).toBe(500);
    expect([...phases]).toEqual(['generating', 'ordering', 'saving']);
    expect(seconds).toBeLessThan(60);
  });

  it('serves every view of the data from the built file', async () => {
    const source = workspace?.source();
    if (!source) throw new Error('The workspace did not open');
    const page = await source.search(LogQuery.parse({ family: 'activity', pageSize: 100 }));
    expect(page.total.relation).toBe('eq');
    expect(page.total.value).toBeGreaterThan(10_000);
    expect(page.rows).toHaveLength(100);
    const facets = await source.facets(LogQuery.parse({ family: 'operational' }), ['action', 'businessModel']);
    expect(facets[0]?.buckets.map((bucket) => bucket.value).sort()).toEqual(
      ['clone', 'create', 'delete', 'get', 'update', 'updateMany', 'webhook'].sort(),
    );
    const histogram = await source.histogram(LogQuery.parse({ family: 'activity' }));
    expect(histogram.buckets.length).toBeGreaterThan(40);
    expect(histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(page.total.value);
    const [first] = await source.suggest('client', 'a');
    expect(first?.count).toBeGreaterThan(0);
  });
});
