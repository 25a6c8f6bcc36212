import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_SCHEMA } from '../../../../src/main/sources/embedded/embeddedSchema';
import { openEmbeddedDatabase } from '../../../../src/main/sources/embedded/openEmbeddedDatabase';
import type { WorkspaceProgress } from '../../../../src/main/workspace/DemoWorkspaceStatus';
import { DemoSource } from '../../../../src/main/workspace/DemoSource';
import { DemoWorkspace, openDemoWorkspace } from '../../../../src/main/workspace/DemoWorkspace';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import { holdDatabaseLock } from './holdDatabaseLock';

/** A few clients over two days: a real generated workspace in well under a second. */
const small = { dataset: { clients: 6, days: 2, seed: 'unit', endDate: '2024-03-02' } };
let dir: string;
const workspaces: DemoWorkspace[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'demo-workspace-'));
});
afterEach(async () => {
  for (const workspace of workspaces.splice(0)) await workspace.close();
  rmSync(dir, { recursive: true, force: true });
});

function workspace(options = {}): DemoWorkspace {
  const created = new DemoWorkspace(dir, { ...small, ...options });
  workspaces.push(created);
  return created;
}

/** Writes `bytes` where the workspace lives, opens it, and checks the file was left exactly as it was. */
async function openOver(bytes: Buffer) {
  const opened = workspace();
  writeFileSync(opened.path, bytes);
  const status = await opened.open();
  expect(readFileSync(opened.path).equals(bytes)).toBe(true);
  expect(readdirSync(dir)).toEqual(['demo-workspace.duckdb']);
  return { opened, status };
}

async function builtWorkspaceBytes(edit?: string): Promise<Buffer> {
  const built = workspace();
  await built.open();
  await built.close();
  if (edit) {
    const instance = await openEmbeddedDatabase(built.path);
    const connection = await instance.connect();
    await connection.run(edit);
    await connection.run('CHECKPOINT');
    connection.closeSync();
    instance.closeSync();
  }
  const bytes = readFileSync(built.path);
  rmSync(built.path);
  return bytes;
}

describe('DemoWorkspace', () => {
  it('builds on first open, reporting progress, then serves the generated logs', async () => {
    const progress: WorkspaceProgress[] = [];
    const { workspace: opened, status } = await openDemoWorkspace(dir, (step) => progress.push(step), small);
    workspaces.push(opened);
    expect(status).toMatchObject({
      state: 'ready',
      label: 'Demo data',
      created: true,
      path: join(dir, 'demo-workspace.duckdb'),
    });
    if (status.state !== 'ready') return;
    expect(status.meta).toMatchObject({
      schemaVersion: EMBEDDED_SCHEMA.version,
      label: 'demo',
      seed: 'unit',
      clients: 6,
      days: 2,
      endDate: '2024-03-02',
    });
    expect(progress.map((step) => step.phase)).toEqual(expect.arrayContaining(['generating', 'ordering', 'saving']));
    expect(progress.at(-1)?.events).toBe(status.meta.operationalCount + status.meta.activityCount);
    expect(readdirSync(dir)).toEqual(['demo-workspace.duckdb']);
    const page = await opened.source().search(LogQuery.parse({ family: 'activity', pageSize: 10 }));
    expect(page.total.value).toBe(status.meta.activityCount);
    expect(page.rows).toHaveLength(10);
  });

  it('reopens an existing workspace without rebuilding it, and Reset rebuilds it', async () => {
    const first = await workspace({ now: () => new Date('2024-03-03T10:00:00Z') }).open();
    const again = workspace({ now: () => new Date('2024-03-04T10:00:00Z') });
    const reopened = await again.open();
    expect(reopened).toMatchObject({ state: 'ready', created: false });
    expect(reopened.state === 'ready' && first.state === 'ready' && reopened.meta).toEqual(
      first.state === 'ready' && first.meta,
    );
    await workspaces[0]?.close();
    const reset = await again.reset();
    expect(reset).toMatchObject({ state: 'ready', created: true, meta: { createdAt: '2024-03-04T10:00:00.000Z' } });
  });

  it('reports a file of garbage as damaged, offers Reset, and leaves the bytes alone', async () => {
    const { opened, status } = await openOver(Buffer.from('not a database '.repeat(500)));
    expect(status).toMatchObject({ state: 'failed', code: 'CORRUPT', reason: 'corrupt', offerRecreate: true });
    expect(status.state === 'failed' && status.message).toBe(
      `The demo workspace at ${opened.path} is damaged; Reset recreates it.`,
    );
    expect(() => opened.source()).toThrow(expect.objectContaining({ code: 'CORRUPT' }));
    expect(await opened.reset()).toMatchObject({ state: 'ready', created: true });
  });

  it('reports a truncated workspace as damaged', async () => {
    const bytes = await builtWorkspaceBytes();
    const { status } = await openOver(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(status).toMatchObject({ state: 'failed', code: 'CORRUPT', offerRecreate: true });
  });

  it('reports a DuckDB file that is not a workspace as damaged', async () => {
    const bytes = await builtWorkspaceBytes('DROP TABLE meta');
    const { status } = await openOver(bytes);
    expect(status).toMatchObject({ state: 'failed', code: 'CORRUPT', reason: 'corrupt' });
  });

  it('reports a workspace with rows missing as damaged', async () => {
    const bytes = await builtWorkspaceBytes('DELETE FROM client_activity WHERE rowid % 2 = 0');
    const { status } = await openOver(bytes);
    expect(status).toMatchObject({ state: 'failed', code: 'CORRUPT', reason: 'corrupt' });
  });

  it('names a workspace from a newer version and keeps it', async () => {
    const bytes = await builtWorkspaceBytes("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
    const { opened, status } = await openOver(bytes);
    expect(status).toMatchObject({ state: 'failed', code: 'CORRUPT', reason: 'newer-version', offerRecreate: true });
    expect(status.state === 'failed' && status.message).toContain(
      `${opened.path} was created by a newer version of Audit Console`,
    );
  });

  it('names a workspace from an older version', async () => {
    const bytes = await builtWorkspaceBytes("UPDATE meta SET value = '0' WHERE key = 'schema_version'");
    const { status } = await openOver(bytes);
    expect(status).toMatchObject({ state: 'failed', reason: 'older-version', offerRecreate: true });
  });

  it('reports a workspace locked by another process as unavailable, naming the process', async () => {
    const bytes = await builtWorkspaceBytes();
    const opened = workspace();
    writeFileSync(opened.path, bytes);
    const lock = await holdDatabaseLock(opened.path);
    try {
      const status = await opened.open();
      expect(status).toMatchObject({ state: 'failed', code: 'UNAVAILABLE', reason: 'locked', offerRecreate: true });
      expect(status.state === 'failed' && status.message).toContain(`process ${lock.pid}`);
    } finally {
      await lock.release();
    }
    expect(await opened.open()).toMatchObject({ state: 'ready', created: false });
  });

  it('never takes a half-built file for a workspace, and clears those of dead processes', async () => {
    const opened = workspace();
    writeFileSync(`${opened.path}.999999999.building`, 'half written');
    writeFileSync(`${opened.path}.999999999.building.wal`, 'half written');
    expect(await opened.open()).toMatchObject({ state: 'ready', created: true });
    expect(readdirSync(dir)).toEqual(['demo-workspace.duckdb']);
  });

  it('leaves nothing behind when a build is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const opened = workspace();
    const status = await opened.open(undefined, controller.signal);
    expect(status).toMatchObject({ state: 'failed', code: 'CANCELLED', reason: 'build-failed', offerRecreate: true });
    expect(existsSync(opened.path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('DemoSource', () => {
  it('opens the workspace on first use and reports it as demo data', async () => {
    const demo = new DemoSource(workspace());
    expect(await demo.status()).toEqual({
      kind: 'embedded',
      label: 'Demo data',
      state: 'demo',
      detail: 'The demo workspace opens on first use.',
      version: null,
      workspace: { state: 'idle' },
    });
    const source = await demo.current();
    expect(source.kind).toBe('embedded');
    expect(await demo.status()).toMatchObject({ state: 'demo', detail: null });
  });

  it('answers with the failure, in words, until Reset', async () => {
    const opened = workspace();
    writeFileSync(opened.path, 'garbage');
    const demo = new DemoSource(opened);
    await expect(demo.current()).rejects.toMatchObject({ code: 'CORRUPT' });
    expect((await demo.status()).detail).toContain('is damaged; Reset recreates it.');
    expect(await demo.reset()).toMatchObject({ state: 'ready' });
    expect((await demo.current()).kind).toBe('embedded');
  });
});
