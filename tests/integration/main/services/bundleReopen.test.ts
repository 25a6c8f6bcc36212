import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import type { Router } from '../../../../src/main/router/createRouter';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { AppInfo } from '../../../../src/shared/contract/appInfo';
import type { BundleCaseView, BundleOpenResult } from '../../../../src/shared/contract/bundleChannels';
import type { Result } from '../../../../src/shared/contract/errors';
import type { ExportJob } from '../../../../src/shared/contract/exportChannels';
import type { BundleCase } from '../../../../src/shared/domain/bundleFormat';
import { Settings } from '../../../../src/shared/domain/settings';
import type { LogQueryInput } from '../../../../src/shared/query/logQuery';
import type { LogPage } from '../../../../src/shared/query/logSource';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const trusted = { trusted: true };
const purpose = 'Ticket INC-9: carry the evidence to the review board';
let exportsDir: string;

beforeAll(() => {
  exportsDir = mkdtempSync(join(tmpdir(), 'bundle-reopen-'));
});
afterAll(() => rmSync(exportsDir, { recursive: true, force: true }));

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

/** Every row a query matches, page after page, as the grid asks the router for them. */
async function rowsThroughRouter(router: Router, query: LogQueryInput): Promise<unknown[]> {
  const channel = query.family === 'operational' ? 'logs/search' : 'activity/search';
  const rows: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = data<LogPage>(await router.handle(channel, { ...query, pageSize: 100, cursor }, trusted));
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

async function exportBundle(
  router: Router,
  fileName: string,
  queries: LogQueryInput[],
  carried?: BundleCase,
): Promise<string> {
  const job = data<ExportJob>(
    await router.handle(
      'bundle/start',
      {
        jobId: randomUUID(),
        queries,
        target: { directory: exportsDir, fileName },
        purpose,
        ...(carried ? { case: carried } : {}),
      },
      trusted,
    ),
  );
  expect(job.state).toBe('complete');
  if (!job.file) throw new Error('the bundle has no file');
  return job.file;
}

/**
 * Export, verify, reopen: the same queries answer the same rows from the reopened bundle as from the
 * source it was exported from, through the router; the custody record is in every app/info; closing
 * returns to the source.
 */
async function roundTrip(router: Router, fileName: string, queries: LogQueryInput[], sourceKind: string) {
  const before = await Promise.all(queries.map((query) => rowsThroughRouter(router, query)));
  expect(before.map((rows) => rows.length > 0)).toEqual(queries.map(() => true));
  const file = await exportBundle(router, fileName, queries);
  const opened = data<BundleOpenResult>(await router.handle('bundle/open', { path: file }, trusted));
  if (!opened.opened) throw new Error(`not opened: ${JSON.stringify(opened.verdict.problems)}`);
  expect(opened.bundle).toMatchObject({
    file: fileName,
    verdict: 'intact',
    records: before.reduce((sum, rows) => sum + rows.length, 0),
    custody: { purpose, operator: { role: 'investigator' } },
  });
  expect(opened.bundle.custody.source).toContain(sourceKind);
  const info = data<AppInfo>(await router.handle('app/info', {}, trusted));
  expect(info.dataSource).toMatchObject({ state: 'bundle', label: `Bundle ${fileName}`, bundle: opened.bundle });

  const after = await Promise.all(queries.map((query) => rowsThroughRouter(router, query)));
  expect(after).toEqual(before);
  return opened;
}

describe('a bundle exported from the demo workspace', () => {
  let core: ConsoleCore;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bundle-reopen-demo-'));
    const settingsStore = new FileSettingsStore(join(dataDir, 'settings.json'));
    await settingsStore.write(
      Settings.parse({ operators: [{ id: 'ivy', name: 'Ivy', role: 'investigator', scope: null }] }),
    );
    core = await createConsole({
      dataDir,
      settingsStore,
      secretStore: new MemorySecretStore(),
      demoWorkspace: { dataset: { clients: 6, days: 2, seed: 'bundle-reopen', endDate: '2024-03-02' } },
      user: { id: 'ivy', name: 'Ivy' },
      transport: 'http',
      version: 'test',
    });
    await vi.waitFor(
      async () => {
        const state = data<{ state: string }>(await core.router.handle('workspace/status', {}, trusted));
        if (state.state !== 'ready') throw new Error(state.state);
      },
      { timeout: 60_000, interval: 50 },
    );
  });
  afterAll(async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reopens read-only: the same queries give the same rows, writes are refused, closing returns to the demo', async () => {
    const { router } = core;
    const caseId = data<{ id: string }>(
      await router.handle('cases/create', { title: 'Wallets', purpose: 'review', reference: 'INC-9' }, trusted),
    ).id;
    await roundTrip(
      router,
      'demo.acbundle',
      [
        { family: 'operational', filters: { action: ['update', 'delete'] } },
        { family: 'activity', filters: { actorType: ['manager'] } },
      ],
      'demo workspace',
    );

    // Writes, sent as the renderer sends them, are refused in main with the way out named.
    const writes: [string, unknown][] = [
      ['cases/create', { title: 'From the bundle', purpose: 'review', reference: 'INC-10' }],
      ['cases/pin', { caseId, label: 'pinned', query: { family: 'operational' } }],
      ['cases/star', { caseId, family: 'operational', recordId: 'op1', summary: 'an update', note: 'seen' }],
      ['cases/edit', { caseId, title: 'Edited', purpose: 'Edited while a bundle is open' }],
      ['cases/delete', { caseId }],
      ['cases/editStarNote', { caseId, starId: randomUUID(), note: 'corrected' }],
      ['cases/removeEvidence', { caseId, kind: 'pinned', itemId: randomUUID() }],
      ['views/save', { name: 'bundle view', grid: 'operational', query: { family: 'operational' }, columns: [] }],
      [
        'bundle/start',
        {
          jobId: randomUUID(),
          queries: [{ family: 'operational' }],
          target: { directory: exportsDir, fileName: 'resigned.acbundle' },
          purpose,
        },
      ],
    ];
    for (const [channel, request] of writes) {
      const answer = await router.handle(channel, request, trusted);
      expect(answer, channel).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      if (!answer.ok) expect(answer.message).toMatch(/^A reopened bundle is read-only: .*Close the bundle/);
    }
    expect(readdirSync(exportsDir)).not.toContain('resigned.acbundle');
    expect(data<{ cases: unknown[] }>(await router.handle('cases/list', {}, trusted)).cases).toHaveLength(1);
    const refusals = readFileSync(join(dataDir, 'journal', 'operator-journal.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { channel?: string; outcome?: string })
      .filter((line) => line.outcome === 'refused')
      .map((line) => line.channel);
    expect(refusals).toEqual(expect.arrayContaining(writes.map(([channel]) => channel)));
    expect(readdirSync(join(dataDir, 'open-bundles')).filter((name) => name.endsWith('.duckdb'))).toHaveLength(1);

    // A bundle of views carries no case.
    expect(data(await router.handle('bundle/case', {}, trusted))).toEqual({ case: null, withheld: null });
    expect(data(await router.handle('bundle/close', {}, trusted))).toEqual({ closed: true, source: 'Demo data' });
    const info = data<AppInfo>(await router.handle('app/info', {}, trusted));
    expect(info.dataSource.state).toBe('demo');
    expect(info.dataSource.bundle).toBeUndefined();
    expect(readdirSync(join(dataDir, 'open-bundles'))).toEqual([]);
    data(await router.handle('cases/pin', { caseId, label: 'pinned', query: { family: 'operational' } }, trusted));
    expect(data(await router.handle('bundle/case', {}, trusted))).toEqual({ case: null, withheld: null });
  });

  it('carries the case it was exported with: its notes and stars read back as written, secrets redacted', async () => {
    const { router } = core;
    const query: LogQueryInput = { family: 'activity', filters: { actorType: ['manager'] } };
    const [first] = (await rowsThroughRouter(router, query)) as { id: string }[];
    const carried: BundleCase = {
      title: 'Wallets',
      reference: 'INC-9',
      notes: [
        { at: '2024-03-02T10:00:00.000Z', author: 'Ivy', text: 'review' },
        { at: '2024-03-02T11:00:00.000Z', author: 'Ivy', text: 'Second line\nthe client gave password=hunter2' },
      ],
      stars: [
        {
          family: 'activity',
          recordId: first?.id ?? '',
          note: 'changed before the withdrawal',
          at: '2024-03-02T12:00:00.000Z',
        },
      ],
    };
    const file = await exportBundle(router, 'case.acbundle', [query], carried);
    const opened = data<BundleOpenResult>(await router.handle('bundle/open', { path: file }, trusted));
    expect(opened.opened).toBe(true);
    const shown = data<BundleCaseView>(await router.handle('bundle/case', {}, trusted));
    expect(shown).toMatchObject({
      withheld: null,
      case: {
        title: 'Wallets',
        reference: 'INC-9',
        noteCount: 2,
        starCount: 1,
        stars: [{ family: 'activity', recordId: first?.id, note: 'changed before the withdrawal' }],
      },
    });
    expect(shown.case?.notes[1]?.text).toMatch(/^Second line\nthe client gave password=/);
    expect(JSON.stringify(shown)).not.toContain('hunter2');
    expect(data(await router.handle('bundle/close', {}, trusted))).toMatchObject({ closed: true });
  });
});

describe('a bundle exported from the cluster', () => {
  let running: ClusterConsole;

  beforeAll(async () => {
    const user = users.find((candidate) => candidate.username === 'ac-investigator');
    if (!user) throw new Error('No cluster user ac-investigator: run npm run es:start on the local node');
    running = await startClusterConsole(
      { url: connection.url, username: user.username, password: user.password },
      { patterns: fixture.patterns },
    );
  });
  afterAll(() => running.close());

  it('reopens with no cluster needed: the same queries give the same rows, the custody names the cluster', async () => {
    const { router } = running;
    const opened = await roundTrip(
      router,
      'cluster.acbundle',
      [
        { family: 'operational', filters: { action: ['delete'] } },
        { family: 'activity', filters: { actorType: ['manager'] } },
      ],
      'cluster ',
    );
    expect(opened.bundle.custody.source).toContain(fixture.patterns.operational);
    expect(data(await router.handle('bundle/close', {}, trusted))).toMatchObject({ closed: true });
    expect(data<AppInfo>(await router.handle('app/info', {}, trusted)).dataSource.state).toBe('connected');
  });
});
