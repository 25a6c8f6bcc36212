import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsole, type ConsoleCore } from '../../../../src/main/createConsole';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import { JOURNAL_FILE, type JournalRecord } from '../../../../src/main/journal/Journal';
import { verifyJournal } from '../../../../src/main/journal/verifyJournal';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { CaseList } from '../../../../src/shared/domain/investigationCase';
import type { Operator, Role } from '../../../../src/shared/domain/roles';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from './smallDisk';

let disk: SmallDisk;
let core: ConsoleCore;
let role: Role = 'investigator';
const operator = (): Operator => ({ id: 'ivy', name: 'Ivy', role, scope: null });
const call = (channel: string, payload: unknown) => core.router.handle(channel, payload, { trusted: true });
const caseFields = (title: string) => ({ title, purpose: 'Review of wallet changes in October', reference: '' });
const READ_ONLY = /the disk holding the console’s data folder is read-only\. Make it writable again and retry/;

if (smallDiskUnavailable) console.warn(`[read-only data folder] not run: ${smallDiskUnavailable}`);

describe.skipIf(smallDiskUnavailable !== null)(
  'a data folder whose disk turns read-only while the console runs',
  () => {
    beforeEach(async () => {
      role = 'investigator';
      disk = mountSmallDisk(1024);
      core = await createConsole({
        dataDir: disk.dir,
        settingsStore: new FileSettingsStore(join(disk.dir, 'settings.json')),
        secretStore: new MemorySecretStore(),
        demoWorkspace: { dataset: { clients: 6, days: 2 } },
        user: { id: 'ivy', name: 'Ivy' },
        resolveOperator: operator,
        transport: 'http',
        version: 'test',
      });
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(async () => {
      vi.restoreAllMocks();
      await core.close();
      disk.unmount();
    });

    it('cases: each change says the disk is read-only and what to do; nothing is lost, and it works once writable', async () => {
      // Read-only before the first case: its folder cannot be made either.
      disk.readOnly();
      const first = await call('cases/create', caseFields('Wallets'));
      expect(first.ok ? '' : first.message).toMatch(new RegExp(`^The case was not created: ${READ_ONLY.source}`));
      disk.writable();
      const made = await call('cases/create', caseFields('Wallets'));
      if (!made.ok) throw new Error(made.message);
      const { id } = made.data as { id: string };
      const file = join(disk.dir, 'cases', `${id}.json`);
      const before = await readFile(file, 'utf8');
      disk.readOnly();

      for (const [channel, payload, failed] of [
        ['cases/create', caseFields('Cards'), 'The case was not created'],
        ['cases/edit', { caseId: id, ...caseFields('Wallets, renamed') }, 'The case was not changed'],
        ['cases/delete', { caseId: id }, 'The case was not deleted'],
      ] as const) {
        const answer = await call(channel, payload);
        expect(answer).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
        expect(answer.ok ? '' : answer.message).toMatch(new RegExp(`^${failed}: ${READ_ONLY.source}`));
      }
      expect(await call('cases/list', {})).toMatchObject({ ok: true, data: { cases: [{ id, title: 'Wallets' }] } });
      expect(await readFile(file, 'utf8')).toBe(before);

      disk.writable();
      expect(await call('cases/create', caseFields('Cards'))).toMatchObject({ ok: true });
      expect(await call('cases/delete', { caseId: id })).toMatchObject({ ok: true });
      const journal = await verifyJournal(join(disk.dir, ...JOURNAL_FILE));
      expect(journal).toMatchObject({ fenced: [], broken: null });
    });

    it('cases: a damaged case file that cannot be moved aside is named where it stays, and the others are listed', async () => {
      const made = await call('cases/create', caseFields('Wallets'));
      if (!made.ok) throw new Error(made.message);
      const damaged = join(disk.dir, 'cases', '5b0c6f0e-9a53-4c55-9c39-0d3c0f5f9a11.json');
      await writeFile(damaged, '{"title": "half written');
      disk.readOnly();
      const listed = await call('cases/list', {});
      expect(listed).toMatchObject({ ok: true, data: { cases: [{ title: 'Wallets' }] } });
      expect((listed.ok ? (listed.data as CaseList) : null)?.setAside).toEqual([
        {
          keptAs: '5b0c6f0e-9a53-4c55-9c39-0d3c0f5f9a11.json',
          reason: 'it is not valid JSON; it could not be moved aside (EROFS)',
          movedAside: false,
        },
      ]);
      expect(await readFile(damaged, 'utf8')).toBe('{"title": "half written');
      disk.writable();
      const moved = await call('cases/list', {});
      expect((moved.ok ? (moved.data as CaseList) : null)?.setAside).toEqual([
        { keptAs: expect.stringMatching(/\.damaged-.*\.json$/), reason: 'it is not valid JSON', movedAside: true },
      ]);
    });

    it('the journal: a line that cannot be written says why and what to do; the chain holds once writable', async () => {
      const path = join(disk.dir, 'journal', 'read-only.ndjson');
      const journal = new FileJournal(path);
      const line = (rows: number): JournalRecord => ({
        at: new Date().toISOString(),
        kind: 'call',
        operatorId: 'ivy',
        operatorName: 'Ivy',
        role: 'investigator',
        channel: 'logs/search',
        outcome: 'ok',
        request: { family: 'operational' },
        rows,
      });
      await journal.record(line(1));
      disk.readOnly();
      await expect(journal.record(line(2))).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message:
          "The operators' journal cannot be written: the disk holding the console's data folder is read-only. " +
          'Nothing is shown until it can be; make it writable again and retry.',
      });
      disk.writable();
      await journal.record(line(3));
      expect(await verifyJournal(path)).toMatchObject({ lines: 2, fenced: [], broken: null });
    });

    it('settings: a change is refused with what to do, the settings in use stay, and it saves once writable', async () => {
      role = 'admin';
      const connection = { name: 'prod', url: 'https://es.example.com:9200', auth: { kind: 'none' } };
      const before = await call('settings/get', {});
      disk.readOnly();
      const refused = await call('settings/connection/save', { connection });
      expect(refused).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
      expect(refused.ok ? '' : refused.message).toMatch(
        new RegExp(`^The connection “prod” was not saved: ${READ_ONLY.source}`),
      );
      expect(await call('settings/get', {})).toEqual(before);

      disk.writable();
      expect(await call('settings/connection/save', { connection })).toMatchObject({ ok: true });
      expect(await call('settings/get', {})).toMatchObject({ ok: true, data: { connections: [{ name: 'prod' }] } });
    });
  },
);
