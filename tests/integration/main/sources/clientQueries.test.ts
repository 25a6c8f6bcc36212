import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureElasticsearch } from '../../../../scripts/elasticsearch/connection';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import { ensureSeededDataset } from '../../../../scripts/seed/ensureSeededDataset';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import { pageSessions, type SessionPageRequest } from '../../../../src/main/sessions/pageSessions';
import { SessionGrouper } from '../../../../src/main/sessions/SessionGrouper';
import { CursorEnvelope } from '../../../../src/main/sources/cursorEnvelope';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ElasticsearchLogSource } from '../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { Session } from '../../../../src/shared/domain/sessions';
import { clientActivityAround, entityChanges, operationsAround } from '../../../../src/shared/query/crossLinks';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import type { LogSource } from '../../../../src/shared/query/logSource';

/** The differential test's indices and dataset: seeded once for both. */
const PATTERNS = { operational: 'it-diff-operational-logs-*', activity: 'it-diff-client-activity-*' };
const DATASET = { clients: 150, days: 40, seed: 'it-differential', endDate: '2025-06-30' } as const;

const documents = [...generateDataset(DATASET)].map((item) => item.doc);
const activity = documents.filter((doc): doc is ClientActivity => !('created' in doc));
const perClient = new Map<string, number>();
for (const event of activity) perClient.set(event.clientId, (perClient.get(event.clientId) ?? 0) + 1);
const byVolume = [...perClient.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const [heavyId = '', heavyCount = 0] = byVolume[0] ?? [];
const [lightId = ''] = byVolume[Math.floor(byVolume.length / 2)] ?? [];
const lastMs = Math.max(...activity.map((event) => Date.parse(event.createdAt)));
const NOW_MS = lastMs + 6 * 3_600_000;
const cursors = new CursorEnvelope();

let cluster: ElasticsearchLogSource;
let embedded: EmbeddedLogSource;

beforeAll(async () => {
  const local = await ensureElasticsearch({ log: () => undefined });
  const connection = { url: local.url, username: local.username ?? 'elastic', password: local.password ?? '' };
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    await ensureSeededDataset(client, { patterns: PATTERNS, dataset: DATASET });
  } finally {
    await client.close();
  }
  cluster = (await openDevClusterSource(connection, { indexPatterns: PATTERNS }, { now: () => NOW_MS })).source;
  embedded = await EmbeddedLogSource.fromDocuments(documents, { now: () => NOW_MS });
});

afterAll(async () => {
  await cluster?.close();
  await embedded?.close();
});

/** The same call on both engines, cluster first. */
const onBoth = <T>(call: (source: LogSource) => Promise<T>) => Promise.all([call(cluster), call(embedded)]);

/** Every page of a client's sessions through one source, with how many events each page read. */
async function allSessions(source: LogSource, request: Omit<SessionPageRequest, 'cursor'>) {
  const sessions: Session[] = [];
  const scanned: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const page = await pageSessions(
      { source, cursors, options: { operatorId: 'op-1' }, nowMs: NOW_MS },
      { ...request, ...(cursor ? { cursor } : {}) },
    );
    sessions.push(...page.sessions);
    scanned.push(page.scannedEvents);
    if (!page.nextCursor) return { sessions, scanned };
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

/** The reference: every event of the client in the range grouped oldest first in one go. */
function referenceSessions(clientId: string, fromMs = -Infinity, toMs = Infinity): Session[] {
  const grouper = new SessionGrouper({ direction: 'asc', gapMs: 30 * 60_000, nowMs: NOW_MS, listed: () => true });
  const events = activity
    .filter((event) => event.clientId === clientId)
    .map((event) => ({ event, atMs: Date.parse(event.createdAt) }))
    .filter(({ atMs }) => atMs >= fromMs && atMs <= toMs)
    .sort((a, b) => a.atMs - b.atMs || (a.event.id < b.event.id ? -1 : 1));
  for (const { event, atMs } of events) {
    const metadata = event.metadata as Record<string, unknown>;
    grouper.push({
      id: event.id,
      atMs,
      sourceApp: event.sourceApp,
      actorType: event.actorType,
      actorId: event.actorId ?? null,
      actorName: event.actorName ?? null,
      eventName: event.eventName,
      ip: typeof metadata['ip'] === 'string' ? metadata['ip'] : null,
      device: typeof metadata['device'] === 'string' ? metadata['device'] : null,
      matched: true,
    });
  }
  grouper.finishAll({});
  return grouper
    .take(100_000)
    .map((taken) => taken.session)
    .reverse();
}

const lanes = ['client', 'manager'] as const;
const comparable = (sessions: readonly Session[]) =>
  [...sessions].sort((a, b) => b.start.localeCompare(a.start) || (a.id < b.id ? -1 : 1));

describe('the client page on both engines', () => {
  it('finds a client by a piece of their id, name or e-mail alike', async () => {
    const heavy = activity.find((event) => event.clientId === heavyId && event.metadata['email']);
    const email = String(heavy?.metadata['email'] ?? '');
    expect(email).toContain('@');
    const name = documents.find((doc) => 'created' in doc && doc.client?.id === heavyId);
    const clientName = name && 'created' in name ? (name.client?.name ?? '') : '';
    const spacedName = `  ${clientName.split(' ').join('   ')}  `;
    for (const text of [
      heavyId.slice(-6),
      clientName.split(' ')[1] ?? clientName,
      spacedName,
      email.split('@')[0] ?? email,
    ]) {
      const [fromCluster, fromEmbedded] = await onBoth((source) => source.findClients(text));
      expect(fromEmbedded, text).toEqual(fromCluster);
      expect(
        fromCluster.map((match) => match.id),
        text,
      ).toContain(heavyId);
    }
    expect(await cluster.findClients('no-such-client-zzz')).toEqual([]);
  });

  it('gives the same header facts for a time range', async () => {
    const range = { kind: 'relative', last: '30d' } as const;
    const [fromCluster, fromEmbedded] = await onBoth((source) => source.clientFacts(heavyId, range));
    expect(fromEmbedded).toEqual(fromCluster);
    expect(fromCluster.activity.count).toBeGreaterThan(0);
    expect(fromCluster.activity.overallLastMs).toBe(
      Math.max(...activity.filter((e) => e.clientId === heavyId).map((e) => Date.parse(e.createdAt))),
    );
  });

  it('pages the heaviest client into the same sessions as grouping its whole history at once', async () => {
    const request = { clientId: heavyId, gapMinutes: 30, lanes, limit: 25 };
    const [fromCluster, fromEmbedded] = await onBoth((source) => allSessions(source, request));
    expect(fromEmbedded.sessions).toEqual(fromCluster.sessions);
    const reference = referenceSessions(heavyId);
    expect(comparable(fromCluster.sessions)).toEqual(comparable(reference));
    expect(fromCluster.sessions.reduce((sum, s) => sum + s.eventCount, 0)).toBe(heavyCount);
    // The first page reads a small part of a heavy history, not all of it.
    expect(fromCluster.scanned[0]).toBeLessThan(heavyCount / 2);
  });

  it('cuts sessions at the range edges and pages small pages alike', async () => {
    const toMs = lastMs - 5 * 86_400_000;
    const fromMs = toMs - 7 * 86_400_000;
    const timeRange = {
      kind: 'absolute',
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
    } as const;
    for (const clientId of [heavyId, lightId]) {
      const request = { clientId, timeRange, gapMinutes: 30, lanes, limit: 3 };
      const [fromCluster, fromEmbedded] = await onBoth((source) => allSessions(source, request));
      expect(fromEmbedded.sessions).toEqual(fromCluster.sessions);
      const inRange = referenceSessions(clientId, fromMs, toMs);
      expect(fromCluster.sessions.map((s) => s.firstEventId)).toEqual(comparable(inRange).map((s) => s.firstEventId));
    }
  });

  it('refuses a cursor presented for another client', async () => {
    const first = await pageSessions(
      { source: embedded, cursors, options: { operatorId: 'op-1' }, nowMs: NOW_MS },
      { clientId: heavyId, gapMinutes: 30, lanes, limit: 1 },
    );
    expect(first.nextCursor).not.toBeNull();
    await expect(
      pageSessions(
        { source: embedded, cursors, options: { operatorId: 'op-1' }, nowMs: NOW_MS },
        { clientId: lightId, gapMinutes: 30, lanes, limit: 1, cursor: first.nextCursor ?? '' },
      ),
    ).rejects.toThrow(/different query/);
  });

  it('cross-links an activity event to the operations around it and a manager change to its entity', async () => {
    const edit = activity.find((event) => event.eventName === 'manager.client_edited' && event.change);
    if (!edit?.change) throw new Error('the dataset has no manager change');
    const links = operationsAround(edit);
    const ids = async (query: object) => {
      const parsed = LogQuery.parse({ ...query, pageSize: 100 });
      const pages = await onBoth((source) => source.search(parsed));
      expect(pages[1].rows.map((row) => row.id)).toEqual(pages[0].rows.map((row) => row.id));
      return pages[0].rows;
    };
    const fromMs = Date.parse(edit.createdAt) - 10 * 60_000;
    const toMs = Date.parse(edit.createdAt) + 10 * 60_000;
    const expected = documents.filter(
      (doc) =>
        'created' in doc &&
        doc.employee?.id === edit.actorId &&
        Date.parse(doc.created) >= fromMs &&
        Date.parse(doc.created) <= toMs,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(links.employee).not.toBeNull();
    expect((await ids(links.employee ?? {})).length).toBe(Math.min(100, expected.length));
    await ids(links.client);
    const entity = await ids(entityChanges(edit.change));
    expect(entity.map((row) => row.id)).toContain(edit.id);
    const back = await ids(clientActivityAround({ clientId: edit.clientId, created: edit.createdAt }));
    expect(back.map((row) => row.id)).toContain(edit.id);
    expect(() => operationsAround(edit, 0)).toThrow(/whole minutes from 1 to 1,440/);
  });
});
