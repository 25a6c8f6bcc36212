import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import { JOURNAL_FILE } from '../../../../src/main/journal/Journal';
import { verifyJournal } from '../../../../src/main/journal/verifyJournal';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { Operator } from '../../../../src/shared/domain/roles';

/**
 * A renderer chooses where an export is written. The console's own data folder holds the operators'
 * journal (an `.ndjson` file), reopened bundles' stores and the bundle key: an export into it could
 * replace the journal of what operators looked at, or lay files beside the console's own.
 */

let root = '';
let dataDir = '';
let core: ConsoleCore;
const investigator: Operator = { id: 'ivy', name: 'Ivy', role: 'investigator', scope: null };
const call = (channel: string, payload: unknown) => core.router.handle(channel, payload, { trusted: true });
const journalFile = () => join(dataDir, ...JOURNAL_FILE);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'export-into-data-folder-'));
  dataDir = join(root, 'data');
  core = await createConsole({
    dataDir,
    settingsStore: new FileSettingsStore(join(root, 'settings.json')),
    secretStore: new MemorySecretStore(),
    demoWorkspace: { dataset: { clients: 4, days: 1, seed: 'export-into-data-folder', endDate: '2024-03-02' } },
    user: { id: 'ivy', name: 'Ivy' },
    resolveOperator: () => investigator,
    transport: 'http',
    version: 'test',
  });
  await vi.waitFor(
    async () => {
      const status = await call('workspace/status', {});
      if (!status.ok || (status.data as { state: string }).state !== 'ready') throw new Error('not ready');
    },
    { timeout: 60_000, interval: 50 },
  );
  await symlink(join(dataDir, 'journal'), join(root, 'linked-journal'));
});

afterAll(async () => {
  await core.close();
  await rm(root, { recursive: true, force: true });
});

const exportTo = (directory: string, fileName: string, format = 'ndjson') => ({
  jobId: crypto.randomUUID(),
  ...(format === 'bundle' ? {} : { format }),
  queries: [{ family: 'operational' }],
  target: { directory, fileName, replace: true },
  purpose: 'Review of wallet changes',
});

describe("an export aimed at the console's own data folder", () => {
  it.each([
    ['the journal, replaced', () => join(dataDir, 'journal'), 'operator-journal.ndjson', 'export/start', 'ndjson'],
    ['a file beside the journal', () => join(dataDir, 'journal'), 'evidence.ndjson', 'export/start', 'ndjson'],
    [
      'the journal, through a link to its folder',
      () => join(root, 'linked-journal'),
      'operator-journal.ndjson',
      'export/start',
      'ndjson',
    ],
    ['the data folder itself', () => dataDir, 'evidence.csv', 'export/start', 'csv'],
    ['a bundle into the data folder', () => dataDir, 'evidence.acbundle', 'bundle/start', 'bundle'],
  ])('is refused at its folder, nothing written: %s', async (_, directory, fileName, channel, format) => {
    expect(await call('logs/search', { family: 'operational', pageSize: 10 })).toMatchObject({ ok: true });
    const before = await readFile(journalFile(), 'utf8');
    const listed = await readdir(dataDir, { recursive: true });
    const answer = await call(channel, exportTo(directory(), fileName, format));
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'directory' });
    expect(answer.ok ? '' : answer.message).toMatch(/the console’s data folder/);
    expect((await readFile(journalFile(), 'utf8')).startsWith(before)).toBe(true);
    expect(await readdir(dataDir, { recursive: true })).toEqual(expect.arrayContaining(listed));
    expect((await readdir(dataDir, { recursive: true })).filter((name) => name.startsWith('evidence'))).toEqual([]);
    expect(await verifyJournal(journalFile())).toMatchObject({ broken: null });
  });

  it('still writes an export to a folder of its own', async () => {
    const answer = await call('export/start', exportTo(root, 'evidence.ndjson'));
    expect(answer).toMatchObject({ ok: true, data: { state: 'complete' } });
  });
});
