import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import type { Router } from '../../../../src/main/router/createRouter';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { BundleVerdict, ExportJob, ExportPreview } from '../../../../src/shared/contract/exportChannels';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import { Settings } from '../../../../src/shared/domain/settings';

/** A small generated demo workspace: a real embedded store, built in about a second. */
const dataset = { clients: 6, days: 2, seed: 'export-unit', endDate: '2024-03-02' };
const trusted = { trusted: true };
let dir: string;
let exportsDir: string;
let core: ConsoleCore | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-console-'));
  exportsDir = mkdtempSync(join(tmpdir(), 'export-target-'));
});
afterEach(async () => {
  await core?.close();
  core = null;
  rmSync(dir, { recursive: true, force: true });
  rmSync(exportsDir, { recursive: true, force: true });
});

/** The console as a renderer reaches it, with the workstation user mapped to `operator`. */
async function consoleAs(operator: Operator): Promise<Router> {
  const settingsStore = new FileSettingsStore(join(dir, 'settings.json'));
  await settingsStore.write(Settings.parse({ operators: [operator] }));
  core = await createConsole({
    dataDir: dir,
    settingsStore,
    secretStore: new MemorySecretStore(),
    demoWorkspace: { dataset },
    user: { id: operator.id, name: operator.name },
    transport: 'http',
    version: 'test',
  });
  // Closing a console while its demo workspace is still being built stops the build's thread; the
  // tests wait for the build instead, so each starts and ends on a settled workspace.
  await vi.waitFor(
    async () => {
      const state = await core?.router.handle('workspace/status', {}, trusted);
      if (!state?.ok || (state.data as { state: string }).state === 'preparing') throw new Error('still preparing');
    },
    { timeout: 60_000, interval: 50 },
  );
  return core.router;
}

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

function journal(): Record<string, unknown>[] {
  return readFileSync(join(dir, 'journal', 'operator-journal.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const investigator: Operator = { id: 'ivy', name: 'Ivy', role: 'investigator', scope: null };
const auditor: Operator = { id: 'ann', name: 'Ann', role: 'auditor', scope: null };
const operational = { family: 'operational' } as const;
const target = (fileName: string) => ({ directory: exportsDir, fileName });
const purpose = 'Ticket INC-7: wallet changes before a withdrawal';

describe('export channels, as the renderer calls them', () => {
  it('previews, writes a bundle, follows it, verifies it, and journals each step with its purpose', async () => {
    const router = await consoleAs(investigator);
    const preview = data<ExportPreview>(
      await router.handle('export/preview', { format: 'bundle', queries: [operational] }, trusted),
    );
    expect(preview.totalRows).toBeGreaterThan(100);
    expect(preview.columns).toEqual(expect.arrayContaining(['id', 'created', 'client', 'provenance']));
    expect(preview.redaction.rules.map((rule) => rule.name)).toEqual(
      expect.arrayContaining(['secret field', 'card number', 'IBAN', 'JWT', 'bearer token']),
    );
    expect(preview.signerFingerprint).toBeNull();

    const jobId = randomUUID();
    const finished = router.handle(
      'bundle/start',
      { jobId, queries: [operational], target: target('case-7.acbundle'), purpose },
      trusted,
    );
    const polled = data<ExportJob>(await router.handle('export/status', { jobId }, trusted));
    expect(['running', 'complete']).toContain(polled.state);
    const job = data<ExportJob>(await finished);
    expect(job).toMatchObject({ state: 'complete', rowsWritten: preview.totalRows, totalRows: preview.totalRows });
    expect(job.summary).toBe(
      `${preview.totalRows.toLocaleString('en')} of ${preview.totalRows.toLocaleString('en')} rows exported, complete.`,
    );
    expect(job.file).toBe(join(exportsDir, 'case-7.acbundle'));
    expect(data<ExportJob>(await router.handle('export/status', { jobId }, trusted)).state).toBe('complete');

    const verdict = data<BundleVerdict>(await router.handle('bundle/verify', { path: job.file }, trusted));
    expect(verdict.verdict).toBe('intact');
    expect(verdict.signer).toMatchObject({
      fingerprint: job.signerFingerprint,
      knownAs: "this workstation's bundle key",
    });
    expect(verdict.custody?.source).toMatchObject({ kind: 'embedded', label: 'demo workspace' });
    expect(verdict.custody?.purpose).toBe(purpose);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['bundle-signing-key.pem']);

    const lines = journal();
    expect(lines).toContainEqual(expect.objectContaining({ channel: 'export/preview', outcome: 'ok' }));
    const started = lines.find((line) => line.channel === 'bundle/start');
    expect(started).toMatchObject({ operatorId: 'ivy', outcome: 'ok', rows: preview.totalRows });
    expect(started?.request).toMatchObject({ purpose, target: { fileName: 'case-7.acbundle' } });
    expect(lines).toContainEqual(expect.objectContaining({ channel: 'bundle/verify', outcome: 'ok' }));
  });

  it('refuses an export without a purpose, naming the field', async () => {
    const router = await consoleAs(investigator);
    const answer = await router.handle(
      'export/start',
      { jobId: randomUUID(), format: 'csv', queries: [operational], target: target('a.csv'), purpose: ' ' },
      trusted,
    );
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'purpose' });
    expect(readdirSync(exportsDir)).toEqual([]);
  });

  it('asks before replacing: an existing name is refused with ALREADY_EXISTS', async () => {
    const router = await consoleAs(auditor);
    const start = (replace: boolean) =>
      router.handle(
        'export/start',
        {
          jobId: randomUUID(),
          format: 'csv',
          queries: [operational],
          target: { ...target('a.csv'), replace },
          purpose,
        },
        trusted,
      );
    expect(await start(false)).toMatchObject({ ok: true });
    expect(await start(false)).toMatchObject({ ok: false, code: 'ALREADY_EXISTS' });
    expect(await start(true)).toMatchObject({ ok: true, data: { state: 'complete' } });
  });

  it('an abandoned call cancels its export and leaves nothing', async () => {
    const router = await consoleAs(auditor);
    const controller = new AbortController();
    controller.abort();
    const answer = await router.handle(
      'export/start',
      { jobId: randomUUID(), format: 'ndjson', queries: [operational], target: target('a.ndjson'), purpose },
      { trusted: true, signal: controller.signal },
    );
    expect(answer).toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(readdirSync(exportsDir)).toEqual([]);
  });
});

describe('export channels refuse what the role does not allow (a renderer asking anyway)', () => {
  it('an auditor may export CSV and NDJSON but not create a bundle', async () => {
    const router = await consoleAs(auditor);
    const answer = await router.handle(
      'bundle/start',
      { jobId: randomUUID(), queries: [operational], target: target('x.acbundle'), purpose },
      trusted,
    );
    expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(readdirSync(exportsDir)).toEqual([]);
    expect(journal()).toContainEqual(expect.objectContaining({ channel: 'bundle/start', outcome: 'refused' }));
  });

  it('a support lead may not export at all, nor preview, nor follow exports', async () => {
    const router = await consoleAs({ id: 'sue', name: 'Sue', role: 'supportLead', scope: { clientIds: ['x'] } });
    const jobId = randomUUID();
    const calls: [string, unknown][] = [
      ['export/preview', { format: 'csv', queries: [operational] }],
      ['export/start', { jobId, format: 'csv', queries: [operational], target: target('x.csv'), purpose }],
      ['export/status', { jobId }],
      ['export/cancel', { jobId }],
      ['bundle/verify', { path: join(exportsDir, 'x.acbundle') }],
    ];
    for (const [channel, request] of calls) {
      expect(await router.handle(channel, request, trusted)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(readdirSync(exportsDir)).toEqual([]);
  });

  it("a scoped operator's export holds only their clients, and naming another client is refused", async () => {
    const probe = await consoleAs(investigator);
    const all = data<ExportJob>(
      await probe.handle(
        'export/start',
        { jobId: randomUUID(), format: 'ndjson', queries: [operational], target: target('all.ndjson'), purpose },
        trusted,
      ),
    );
    const clients = readFileSync(all.file ?? '', 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { client: { id: string } | null }).client?.id)
      .filter((id): id is string => id !== undefined);
    const [mine, other] = [...new Set(clients)].sort();
    await core?.close();
    core = null;

    const router = await consoleAs({ id: 'sam', name: 'Sam', role: 'auditor', scope: { clientIds: [mine ?? ''] } });
    const scoped = data<ExportJob>(
      await router.handle(
        'export/start',
        { jobId: randomUUID(), format: 'ndjson', queries: [operational], target: target('mine.ndjson'), purpose },
        trusted,
      ),
    );
    const seen = new Set(
      readFileSync(scoped.file ?? '', 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { client: { id: string } | null }).client?.id),
    );
    expect([...seen]).toEqual([mine]);
    expect(scoped.rowsWritten).toBe(clients.filter((id) => id === mine).length);

    const refused = await router.handle(
      'export/start',
      {
        jobId: randomUUID(),
        format: 'csv',
        queries: [{ family: 'operational', filters: { clientId: [other] } }],
        target: target('other.csv'),
        purpose,
      },
      trusted,
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: `Outside your scope: client ${other}. Take it out of the client filter, or ask a console admin to add it to your scope.`,
      field: 'filters.clientId',
    });
    expect(readdirSync(exportsDir).sort()).toEqual(['all.ndjson', 'mine.ndjson']);
  });
});
