import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import { JOURNAL_FILE } from '../../../../src/main/journal/Journal';
import { journalDocument } from '../../../../src/main/journal/journalIndex';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { Result } from '../../../../src/shared/contract/errors';
import type { JournalEntries } from '../../../../src/shared/contract/journalChannels';
import { JOURNAL_INDEX, type JournalLine } from '../../../../src/shared/domain/journal';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const elastic = createElasticsearchClient(connection);
const trusted = { trusted: true };

/** An operator and a workstation of this run only, so no other line is found or counted here. */
const operator = `it-period-${randomUUID()}`;
const workstation = `it-${randomUUID()}`;

/** Lines around one second's first and last milliseconds, stored in UTC as the journal writes them. */
const LINES = {
  before: '2026-09-30T23:59:59.999Z',
  second: '2026-10-01T00:00:00.000Z',
  half: '2026-10-01T00:00:00.500Z',
  last: '2026-10-01T00:00:00.999Z',
  next: '2026-10-01T00:00:01.000Z',
} as const;
type LineName = keyof typeof LINES;
const nameAt = new Map<string, string>(Object.entries(LINES).map(([name, at]) => [at, name]));

let dataDir = '';
let local: SettingsConsole;
let cluster: ClusterConsole;
const copied: string[] = [];

/** The lines written to a workstation's journal file, and copied to the cluster's index as the console copies them. */
async function writeLines(path: string): Promise<void> {
  const written: JournalLine[] = [];
  const journal = new FileJournal(path, (line) => written.push(line));
  for (const at of Object.values(LINES)) {
    await journal.record({
      at,
      kind: 'call',
      operatorId: operator,
      operatorName: 'Period Reader',
      role: 'auditor',
      channel: 'logs/search',
      outcome: 'ok',
      request: { family: 'operational' },
      rows: 0,
    });
  }
  for (const line of written) {
    await elastic.create({ index: JOURNAL_INDEX, id: line.id, document: journalDocument(line, workstation) });
    copied.push(line.id);
  }
  await elastic.indices.refresh({ index: JOURNAL_INDEX });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'journal-period-'));
  await writeLines(join(dataDir, ...JOURNAL_FILE));
  // No cluster connection: the console reads this workstation's file.
  local = await startSettingsConsole({ dir: dataDir });
  const auditor = users.find((candidate) => candidate.username === 'ac-auditor');
  if (!auditor) throw new Error('No cluster user ac-auditor: run npm run es:start on the local node (ES_URL has none)');
  cluster = await startClusterConsole(
    { url: connection.url, username: auditor.username, password: auditor.password },
    { patterns: fixture.patterns, user: { id: `it-${randomUUID()}`, name: 'Workstation user' } },
  );
});

afterAll(async () => {
  await local?.close();
  await cluster?.close();
  if (copied.length > 0) {
    await elastic.bulk({
      refresh: true,
      operations: copied.map((id) => ({ delete: { _index: JOURNAL_INDEX, _id: id } })),
    });
  }
  await elastic.close();
  await rm(dataDir, { recursive: true, force: true });
});

function read(result: Result<unknown>): JournalEntries {
  if (!result.ok) throw new Error(`${result.code}${result.field ? ` (${result.field})` : ''}: ${result.message}`);
  return result.data as JournalEntries;
}

const searches = () =>
  [['local', local.router] as const, ['cluster', cluster.router] as const].map(([origin, router]) => ({
    origin,
    search: (period: { from?: string; to?: string }) =>
      router.handle('journal/search', { operator, ...period }, trusted),
  }));

describe('both journal searches bound a period by instants, to the millisecond and in any zone', () => {
  it.each<[string, { from?: string; to?: string }, LineName[]]>([
    ['from a half second on', { from: '2026-10-01T00:00:00.500Z' }, ['next', 'last', 'half']],
    ['up to a half second', { to: '2026-10-01T00:00:00.500Z' }, ['half', 'second', 'before']],
    [
      'from a whole second to half a second later',
      { from: '2026-10-01T00:00:00Z', to: '2026-10-01T00:00:00.500Z' },
      ['half', 'second'],
    ],
    [
      'from a half second, written two hours ahead',
      { from: '2026-10-01T02:00:00.500+02:00' },
      ['next', 'last', 'half'],
    ],
    ['up to the millisecond before, written two hours ahead', { to: '2026-10-01T01:59:59.999+02:00' }, ['before']],
    [
      'from a second written two hours ahead, to its last millisecond in UTC',
      { from: '2026-10-01T02:00:00+02:00', to: '2026-10-01T00:00:00.999Z' },
      ['last', 'half', 'second'],
    ],
    [
      'from one millisecond in, written four hours behind, to one millisecond short, two hours ahead',
      { from: '2026-09-30T20:00:00.001-04:00', to: '2026-10-01T02:00:00.998+02:00' },
      ['half'],
    ],
  ])('%s', async (_, period, expected) => {
    for (const { origin, search } of searches()) {
      const found = read(await search(period));
      expect(found.origin).toBe(origin);
      expect(
        found.entries.map((entry) => nameAt.get(entry.at) ?? entry.at),
        `${origin}: ${JSON.stringify(period)}`,
      ).toEqual(expected);
    }
  });

  it('refuses, on both, a period whose start is half a second after its end', async () => {
    for (const { origin, search } of searches()) {
      const refused = await search({ from: '2026-10-01T00:00:00.500Z', to: '2026-10-01T00:00:00Z' });
      expect(refused, origin).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'from' });
    }
  });
});
