import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { AppInfo } from '../../../src/shared/contract/appInfo';
import type { Result } from '../../../src/shared/contract/errors';
import type { LogPage } from '../../../src/shared/query/logSource';
import '../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
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

async function start(options: Omit<Parameters<typeof startClusterConsole>[1], 'patterns'> = {}) {
  const running = await startClusterConsole(connection, { patterns: fixture.patterns, ...options });
  started.push(running);
  return running;
}

const webhookErrors = { action: ['webhook'], status: ['error'] };
const webhookErrorQuery = [{ term: { action: 'webhook' } }, { term: { status: 'error' } }];

describe('the console over the seeded cluster, assembled as the app assembles it', () => {
  let running: ClusterConsole;
  beforeAll(async () => {
    running = await start({ demoWorkspace: { dataset: { clients: 6, days: 2, seed: 'it-console' } } });
  });

  it('names the active connection and the cluster version', async () => {
    const info = data<AppInfo>(await running.router.handle('app/info', {}, trusted));
    expect(info.dataSource).toEqual({
      kind: 'elasticsearch',
      label: `Integration cluster (${connection.url})`,
      state: 'connected',
      detail: null,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      // The fixture's indices come from the console's templates, which add the word sub-field.
      textSearch: { operational: 'word sub-field', activity: 'word sub-field' },
    });
  });

  it('answers a search with the rows and the exact count the cluster holds, and journals it', async () => {
    const page = data<LogPage>(
      await running.router.handle(
        'logs/search',
        { family: 'operational', filters: webhookErrors, pageSize: 25 },
        trusted,
      ),
    );
    const count = await client.count({
      index: fixture.patterns.operational,
      query: { bool: { filter: webhookErrorQuery } },
    });
    const newest = await client.search<{ id: string }>({
      index: fixture.patterns.operational,
      size: 25,
      query: { bool: { filter: webhookErrorQuery } },
      sort: [{ created: 'desc' }, { id: 'desc' }],
      _source: ['id'],
    });
    expect(page.total).toEqual({ value: count.count, relation: 'eq' });
    expect(page.rows.map((row) => row.id)).toEqual(newest.hits.hits.map((hit) => hit._source?.id));
    const journal = await readFile(join(running.dataDir, 'journal', 'operator-journal.ndjson'), 'utf8');
    expect(
      journal
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toContainEqual(
      // On a cluster connection the operator is the cluster user the connection logs in as.
      expect.objectContaining({ channel: 'logs/search', outcome: 'ok', operatorId: connection.username }),
    );
  });

  it('follows the settings to the demo workspace and back to the cluster', async () => {
    await running.router.handle('settings/connection/activate', { id: null }, trusted);
    const demo = async () => data<AppInfo>(await running.router.handle('app/info', {}, trusted)).dataSource;
    expect(await demo()).toMatchObject({ kind: 'embedded', label: 'Demo data' });
    await vi.waitFor(async () => expect((await demo()).workspace).toMatchObject({ state: 'ready', clients: 6 }), {
      timeout: 60_000,
      interval: 50,
    });
    await running.router.handle('settings/connection/activate', { id: 'it-cluster' }, trusted);
    expect(await demo()).toMatchObject({ kind: 'elasticsearch', state: 'connected' });
  });
});
