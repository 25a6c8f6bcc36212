import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PreferencesStore } from '../../../../src/main/preferences/PreferencesStore';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import type { Router } from '../../../../src/main/router/createRouter';
import { createClientService } from '../../../../src/main/services/createClientService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { Result } from '../../../../src/shared/contract/errors';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { ClientMatch, ClientSummary, Coverage, RecentClient } from '../../../../src/shared/domain/clientDirectory';
import type { Operator } from '../../../../src/shared/domain/roles';
import type { SessionPage } from '../../../../src/shared/domain/sessions';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { FIXTURE_DATASET } from '../../support/fixtureDataset';
import { routerServing } from '../../support/routerServing';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const NOW_MS = fixture.endMs + 3_600_000;

const documents = [...generateDataset(FIXTURE_DATASET)].map((item) => item.doc);
const activity = documents.filter((doc): doc is ClientActivity => !('created' in doc));
const counts = new Map<string, number>();
for (const event of activity) counts.set(event.clientId, (counts.get(event.clientId) ?? 0) + 1);
const [heavyId = '', otherId = ''] = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
const operationalName = (doc: (typeof documents)[number]) =>
  'created' in doc && doc.client?.id === otherId ? doc.client.name : null;
const otherName = documents.map(operationalName).find((name) => name) ?? '';

const risk: Operator = { id: 'it-risk', name: 'Rita', role: 'riskOfficer', scope: null };
const scoped: Operator = { id: 'it-scoped', name: 'Sam', role: 'riskOfficer', scope: { clientIds: [heavyId] } };
const support: Operator = { id: 'it-support', name: 'Sue', role: 'supportLead', scope: null };

interface Console {
  router: Router;
  source: LogSource;
  as(operator: Operator): void;
}

function consoleOver(source: LogSource): Console {
  let operator = risk;
  const router = routerServing(
    createClientService({ current: () => Promise.resolve(source) }, { now: () => NOW_MS }),
    () => operator,
  );
  return { router, source, as: (next) => (operator = next) };
}

const engines = {} as Record<'elasticsearch' | 'embedded', Console>;

beforeAll(async () => {
  const cluster = await openDevClusterSource(connection, { indexPatterns: fixture.patterns }, { now: () => NOW_MS });
  engines.elasticsearch = consoleOver(cluster.source);
  engines.embedded = consoleOver(await EmbeddedLogSource.fromDocuments(documents, { now: () => NOW_MS }));
});

afterAll(async () => {
  await Promise.all(Object.values(engines).map((engine) => engine.source.close()));
});

async function call<T>(engine: Console, channel: string, request: object): Promise<T> {
  const result = await engine.router.handle(channel, request, { trusted: true });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

const ask = (engine: Console, channel: string, request: object) =>
  engine.router.handle(channel, request, { trusted: true });

function expectRefused(result: Result<unknown>, code: string, says: RegExp): void {
  expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: false, code });
  if (!result.ok) expect(result.message).toMatch(says);
}

describe.each(['elasticsearch', 'embedded'] as const)('the client page through the router on %s', (name) => {
  it('refuses a scoped operator every read of a client outside their scope, naming the client', async () => {
    const engine = engines[name];
    engine.as(scoped);
    // Said for a client's page, which has no client filter to take it out of.
    const outside = new RegExp(
      `^Outside your scope: client ${otherId}\\. Open one of your own clients, or ask a console admin to add it to your scope\\.$`,
    );
    expectRefused(await ask(engine, 'clients/summary', { clientId: otherId }), 'FORBIDDEN', outside);
    expectRefused(await ask(engine, 'clients/sessions', { clientId: otherId }), 'FORBIDDEN', outside);
    expectRefused(await ask(engine, 'clients/coverage', { clientId: otherId }), 'FORBIDDEN', outside);
    // Looking the other client up by name finds nothing; coverage of "all clients" is the scope's.
    const found = await call<ClientMatch[]>(engine, 'clients/find', { text: otherName });
    expect(found.map((match) => match.id)).not.toContain(otherId);
    const all = await call<Coverage>(engine, 'clients/coverage', {});
    engine.as(risk);
    const own = await call<Coverage>(engine, 'clients/coverage', { clientId: heavyId });
    expect(all).toEqual(own);
    expect(all.total).toBe(counts.get(heavyId));
  });

  it('keeps client activity from a role that does not show it', async () => {
    const engine = engines[name];
    engine.as(support);
    expectRefused(await ask(engine, 'clients/sessions', { clientId: heavyId }), 'FORBIDDEN', /./);
    expectRefused(await ask(engine, 'clients/find', { text: heavyId }), 'FORBIDDEN', /./);
    const summary = await call<ClientSummary>(engine, 'clients/summary', { clientId: heavyId });
    expect(summary.activity).toBeNull();
    expect(summary.email).toBeNull();
    expect(summary.operational.count).toBeGreaterThan(0);
    engine.as(risk);
  });

  it("refuses another operator's sessions cursor and a cursor of another client", async () => {
    const engine = engines[name];
    engine.as(risk);
    const page = await call<SessionPage>(engine, 'clients/sessions', { clientId: heavyId, limit: 2 });
    expect(page.sessions).toHaveLength(2);
    const cursor = page.nextCursor ?? '';
    expect(cursor).not.toBe('');
    engine.as(scoped);
    expectRefused(
      await ask(engine, 'clients/sessions', { clientId: heavyId, limit: 2, cursor }),
      'FORBIDDEN',
      /another operator/,
    );
    engine.as(risk);
    expectRefused(
      await ask(engine, 'clients/sessions', { clientId: otherId, limit: 2, cursor }),
      'BAD_REQUEST',
      /different query/,
    );
    const next = await call<SessionPage>(engine, 'clients/sessions', { clientId: heavyId, limit: 2, cursor });
    expect((next.sessions[0]?.start ?? '') <= (page.sessions[1]?.start ?? '')).toBe(true);
  });

  it('answers bad input with what to do', async () => {
    const engine = engines[name];
    engine.as(risk);
    const gap = await ask(engine, 'clients/sessions', { clientId: heavyId, gapMinutes: 0 });
    expectRefused(gap, 'BAD_REQUEST', /inactivity gap must be whole minutes from 1 to 1,440/);
    expect(gap).toMatchObject({ field: 'gapMinutes' });
    expectRefused(await ask(engine, 'clients/summary', { clientId: 'no-such-client' }), 'NOT_FOUND', /no-such-client/);
    expectRefused(await ask(engine, 'clients/sessions', { clientId: 'no-such-client' }), 'NOT_FOUND', /check the id/);
    expectRefused(await ask(engine, 'clients/find', { text: 'x' }), 'BAD_REQUEST', /at least 2 characters/);
    // A range before any log: the summary says so and names the span where the client has some.
    const empty = await call<ClientSummary>(engine, 'clients/summary', {
      clientId: heavyId,
      timeRange: { kind: 'absolute', from: '2001-01-01T00:00:00Z', to: '2001-02-01T00:00:00Z' },
    });
    expect(empty.activity?.count).toBe(0);
    expect(empty.firstSeen).toBeNull();
    expect(empty.overall.first).not.toBeNull();
  });
});

describe('both engines', () => {
  it('give the same header, coverage and first sessions page', async () => {
    const range = { kind: 'relative', last: '7d' };
    for (const engine of Object.values(engines)) engine.as(risk);
    for (const [channel, request] of [
      ['clients/summary', { clientId: heavyId, timeRange: range }],
      ['clients/coverage', { timeRange: range }],
      ['clients/find', { text: heavyId.slice(-5) }],
    ] as const) {
      const [fromCluster, fromEmbedded] = await Promise.all(
        [engines.elasticsearch, engines.embedded].map((engine) => call<unknown>(engine, channel, request)),
      );
      expect(fromEmbedded, channel).toEqual(fromCluster);
    }
    const pages = await Promise.all(
      [engines.elasticsearch, engines.embedded].map((engine) =>
        call<SessionPage>(engine, 'clients/sessions', { clientId: heavyId, timeRange: range }),
      ),
    );
    expect(pages[1]?.sessions).toEqual(pages[0]?.sessions);
    const coverage = await call<Coverage>(engines.embedded, 'clients/coverage', {});
    expect(coverage.uncatalogued.length).toBeGreaterThan(0);
    expect(coverage.events.length).toBeGreaterThan(20);
  });
});

describe('recently opened clients', () => {
  it('keeps the clients whose header an operator opened, newest first, once each, within their scope', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recent-clients-'));
    try {
      const handlers = createClientService(
        { current: () => Promise.resolve(engines.embedded.source) },
        { now: () => NOW_MS, preferences: new PreferencesStore(dir) },
      );
      const as = (operator: Operator) => ({ operator, signal: new AbortController().signal });
      for (const clientId of [heavyId, otherId, heavyId]) await handlers['clients/summary']({ clientId }, as(risk));
      const recent: RecentClient[] = await handlers['clients/recent']({}, as(risk));
      expect(recent.map((client) => client.id)).toEqual([heavyId, otherId]);
      expect(recent[1]?.name).toBe(otherName);
      // Another operator has their own list; a scope narrowed since leaves out the clients outside it.
      expect(await handlers['clients/recent']({}, as(support))).toEqual([]);
      const narrowed = { ...risk, scope: { clientIds: [otherId] } };
      expect((await handlers['clients/recent']({}, as(narrowed))).map((client) => client.id)).toEqual([otherId]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
