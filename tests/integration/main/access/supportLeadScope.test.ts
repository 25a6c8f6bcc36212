import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { AppInfo } from '../../../../src/shared/contract/appInfo';
import type { Result } from '../../../../src/shared/contract/errors';
import { DESK_DIRECTORY_INDEX } from '../../../../src/shared/domain/identity';
import { LOG_FIELDS } from '../../../../src/shared/query/fieldRoles';
import type { Facet, Histogram, LogPage, Suggestion } from '../../../../src/shared/query/logSource';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const client = createElasticsearchClient(connection);
const trusted = { trusted: true };
const started: ClusterConsole[] = [];

afterAll(async () => {
  for (const running of started) await running.close();
  await client.close();
});

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

/**
 * Logs in as a cluster user on a workstation whose settings file was edited to make everyone a
 * console admin: the role mappings by workstation user and the default role both say admin.
 */
async function loginWithRaisedSettings(username: string): Promise<ClusterConsole> {
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username}: run npm run es:start on the local node (ES_URL has none)`);
  const running = await startClusterConsole(
    { url: connection.url, username, password: user.password },
    {
      patterns: fixture.patterns,
      settings: {
        operators: [{ id: 'it-operator', name: 'Me', role: 'admin', scope: null }],
        defaultRole: 'admin',
      },
    },
  );
  started.push(running);
  return running;
}

describe('a settings file edited to raise a role on a cluster connection', () => {
  it.each(['ac-auditor', 'ac-support-lead'])('leaves %s with the role the cluster gives', async (username) => {
    const running = await loginWithRaisedSettings(username);
    const info = data<AppInfo>(await running.router.handle('app/info', {}, trusted));
    expect(info.operator.role).not.toBe('admin');
    expect(info.identity.source).toBe('cluster');
    expect(await running.router.handle('settings/get', {}, trusted)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the support lead, over the whole fixture', () => {
  let running: ClusterConsole;
  let scope: Set<string>;
  let inScope: number;

  beforeAll(async () => {
    running = await loginWithRaisedSettings('ac-support-lead');
    const desk = await client.get<{ clientIds: string[] }>({ index: DESK_DIRECTORY_INDEX, id: 'sales_en' });
    scope = new Set(desk._source?.clientIds ?? []);
    expect(scope.size).toBeGreaterThan(0);
    const counted = await client.count({
      index: fixture.patterns.operational,
      query: { terms: { 'client.id': [...scope] } },
    });
    inScope = counted.count;
    const everything = await client.count({ index: fixture.patterns.operational });
    // The test means something only if the fixture holds clients on both sides of the scope.
    expect(inScope).toBeGreaterThan(0);
    expect(everything.count).toBeGreaterThan(inScope);
  });

  it('shows its scope as the cluster names it', async () => {
    const info = data<AppInfo>(await running.router.handle('app/info', {}, trusted));
    expect(info.identity).toMatchObject({ role: 'supportLead', scope: { label: 'Desk Sales EN' } });
    expect(new Set(info.identity.scope?.clientIds)).toEqual(scope);
  });

  it('pages through exactly the in-scope documents and no other', async () => {
    let cursor: string | undefined;
    let seen = 0;
    do {
      const page = data<LogPage>(
        await running.router.handle(
          'logs/search',
          { family: 'operational', pageSize: 100, ...(cursor ? { cursor } : {}) },
          trusted,
        ),
      );
      expect(page.total).toEqual({ value: inScope, relation: 'eq' });
      for (const row of page.family === 'operational' ? page.rows : [])
        expect(scope.has(row.client?.id ?? '')).toBe(true);
      seen += page.rows.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toBe(inScope);
  });

  it('counts every facet and the histogram over the scope only', async () => {
    const query = { family: 'operational' };
    const fields = LOG_FIELDS.operational.facets;
    const facets = data<Facet[]>(await running.router.handle('logs/facets', { query, fields }, trusted));
    expect(facets.map((facet) => facet.field).sort()).toEqual([...fields].sort());
    for (const facet of facets) {
      const counted = facet.buckets.reduce((sum, bucket) => sum + bucket.count, facet.otherCount);
      expect(counted, facet.field).toBeLessThanOrEqual(inScope);
    }
    const clients = facets.find((facet) => facet.field === 'clientId');
    expect(clients?.buckets.length).toBeGreaterThan(0);
    for (const bucket of clients?.buckets ?? []) expect(scope.has(bucket.value)).toBe(true);
    const actions = facets.find((facet) => facet.field === 'action');
    expect(actions?.buckets.reduce((sum, bucket) => sum + bucket.count, actions.otherCount)).toBe(inScope);
    const histogram = data<Histogram>(await running.router.handle('logs/histogram', { query }, trusted));
    expect(histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(inScope);
  });

  it('suggests only in-scope clients, whatever the prefix', async () => {
    let suggested = 0;
    for (const prefix of [...'abcdefghijklmnopqrstuvwxyz', '']) {
      const suggestions = data<Suggestion[]>(
        await running.router.handle('logs/suggest', { field: 'client', prefix }, trusted),
      );
      for (const suggestion of suggestions) expect(scope.has(suggestion.id), suggestion.name).toBe(true);
      suggested += suggestions.length;
    }
    expect(suggested).toBeGreaterThan(0);
  });

  it('refuses an explicit request for an out-of-scope client, naming it', async () => {
    const sample = await client.search<{ client: { id: string } }>({
      index: fixture.patterns.operational,
      size: 1,
      query: { bool: { filter: { exists: { field: 'client.id' } }, must_not: { terms: { 'client.id': [...scope] } } } },
      _source: ['client.id'],
    });
    const outside = sample.hits.hits[0]?._source?.client.id ?? '';
    expect(outside).not.toBe('');
    const answer = await running.router.handle(
      'logs/search',
      { family: 'operational', filters: { clientId: [outside] } },
      trusted,
    );
    expect(answer).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: `Outside your scope: client ${outside}. Take it out of the client filter, or ask a console admin to add it to your scope.`,
      field: 'filters.clientId',
    });
    expect(await running.router.handle('activity/search', { family: 'activity' }, trusted)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
