import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { Result } from '../../../../src/shared/contract/errors';
import type { ClientViewers, JournalEntries, JournalStatus } from '../../../../src/shared/contract/journalChannels';
import { JOURNAL_INDEX } from '../../../../src/shared/domain/journal';
import type { LogPage } from '../../../../src/shared/query/logSource';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const elastic = createElasticsearchClient(connection);
const trusted = { trusted: true };
const started: ClusterConsole[] = [];

afterAll(async () => {
  for (const running of started) await running.close();
  await elastic.close();
});

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

async function loginAs(username: string): Promise<ClusterConsole> {
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username}: run npm run es:start on the local node (ES_URL has none)`);
  const running = await startClusterConsole(
    { url: connection.url, username, password: user.password },
    { patterns: fixture.patterns, user: { id: `it-${randomUUID()}`, name: 'Workstation user' } },
  );
  started.push(running);
  return running;
}

/** Copies written, then made searchable, so a reader on another workstation sees them. */
async function settle(running: ClusterConsole): Promise<void> {
  await running.flushJournal();
  await elastic.indices.refresh({ index: JOURNAL_INDEX });
}

/** A client the fixture's operational logs name. */
async function someClientId(running: ClusterConsole): Promise<string> {
  const page = data<LogPage>(
    await running.router.handle('logs/search', { family: 'operational', pageSize: 10 }, trusted),
  );
  const id = page.rows.flatMap((row) => ('client' in row && row.client ? [row.client.id] : []))[0];
  if (!id) throw new Error('The fixture has no operational row naming a client');
  return id;
}

describe('the journal on the cluster', () => {
  let auditor: ClusterConsole;
  let riskOfficer: ClusterConsole;

  beforeAll(async () => {
    auditor = await loginAs('ac-auditor');
    riskOfficer = await loginAs('ac-risk-officer');
  });

  it('copies lines to the journal index where the cluster user may write to it, and says so', async () => {
    const status = data<JournalStatus>(await riskOfficer.router.handle('journal/status', {}, trusted));
    expect(status).toMatchObject({ destination: 'cluster', index: JOURNAL_INDEX });
    // Letters only: the text search takes a long word on its own.
    const marker = `journalmark${randomUUID().replace(/[^a-f]/g, '')}`;
    data(await riskOfficer.router.handle('logs/search', { family: 'operational', text: marker }, trusted));
    await settle(riskOfficer);
    const found = await elastic.search<{ operatorId: string; request: string; prev: string }>({
      index: JOURNAL_INDEX,
      query: { bool: { filter: [{ term: { operatorId: 'ac-risk-officer' } }, { term: { channel: 'logs/search' } }] } },
      sort: [{ at: 'desc' }],
      size: 20,
    });
    const line = found.hits.hits.map((hit) => hit._source).find((source) => source?.request.includes(marker));
    expect(line, 'the search is in the cluster index, with its query').toBeDefined();
    expect(line?.prev).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps lines local, and says so, where the cluster user may not write to the journal index', async () => {
    const unmapped = await loginAs('ac-unmapped');
    const status = data<JournalStatus>(await unmapped.router.handle('journal/status', {}, trusted));
    expect(status.destination).toBe('local');
    expect(status.notice).toMatch(/stays on this workstation only: your cluster user may not write/);
    await unmapped.router.handle('logs/search', { family: 'operational' }, trusted);
    await settle(unmapped);
    const copied = await elastic.count({ index: JOURNAL_INDEX, query: { term: { operatorId: 'ac-unmapped' } } });
    expect(copied.count).toBe(0);
  });

  it('lets an auditor read every workstation’s lines with filters, from the cluster', async () => {
    data(await riskOfficer.router.handle('logs/search', { family: 'operational' }, trusted));
    await settle(riskOfficer);
    const read = data<JournalEntries>(
      await auditor.router.handle('journal/search', { operator: 'ac-risk-officer', channel: 'logs/search' }, trusted),
    );
    expect(read.origin).toBe('cluster');
    expect(read.entries.length).toBeGreaterThan(0);
    expect(
      read.entries.every((entry) => entry.operatorId === 'ac-risk-officer' && entry.channel === 'logs/search'),
    ).toBe(true);
    const times = read.entries.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('tells an auditor who looked at a client', async () => {
    const clientId = await someClientId(riskOfficer);
    data(await riskOfficer.router.handle('clients/summary', { clientId }, trusted));
    await settle(riskOfficer);
    const viewers = data<ClientViewers>(await auditor.router.handle('journal/clientViewers', { clientId }, trusted));
    expect(viewers.origin).toBe('cluster');
    expect(viewers.viewers).toContainEqual(
      expect.objectContaining({ operatorId: 'ac-risk-officer', role: 'riskOfficer' }),
    );
    await settle(auditor);
    const again = data<ClientViewers>(await auditor.router.handle('journal/clientViewers', { clientId }, trusted));
    // The node may hold the auditor's looks from earlier runs: reading the journal adds none.
    const auditorLooks = (found: ClientViewers) =>
      found.viewers.find((viewer) => viewer.operatorId === 'ac-auditor')?.looks ?? 0;
    expect(auditorLooks(again), 'reading the journal is not a look at the client').toBe(auditorLooks(viewers));
  });
});

describe('reading the journal is for auditors and admins only', () => {
  it.each(['ac-risk-officer', 'ac-investigator', 'ac-support-lead'])(
    'refuses %s in main, through the router',
    async (username) => {
      const running = await loginAs(username);
      for (const [channel, request] of [
        ['journal/search', {}],
        ['journal/clientViewers', { clientId: 'c-1' }],
      ] as const) {
        const answer = await running.router.handle(channel, request, trusted);
        expect(answer, `${username} on ${channel}`).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    },
  );

  it('lets the admin read it', async () => {
    const admin = await loginAs('ac-admin');
    const read = data<JournalEntries>(await admin.router.handle('journal/search', { limit: 5 }, trusted));
    expect(read.origin).toBe('cluster');
  });
});
