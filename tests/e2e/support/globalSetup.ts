import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { ensureElasticsearch } from '../../../scripts/elasticsearch/connection';
import { withDevConnection } from '../../../src/cli/devConnection';
import { startBrowserMode } from '../../../src/main/browser/startBrowserMode';
import { ensureSeededDataset } from '../../../src/main/seeding/ensureSeededDataset';
import { MemorySecretStore } from '../../../src/main/settings/MemorySecretStore';
import { createDataSourceProvider } from '../../../src/main/sources/createDataSourceProvider';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ClusterConnection } from '../../../src/shared/domain/settings';
import { FIXTURE_DATASET, FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';

const E2E_CONNECTION_ID = 'e2e-fixture-cluster';

/** Makes sure the cluster holds the shared fixture, then serves browser mode on it for the whole run. */
async function seededConnection(secrets: MemorySecretStore): Promise<ClusterConnection> {
  const local = await ensureElasticsearch({ log: (line) => console.log(`[e2e] ${line}`) });
  if (local.username === undefined) throw new Error('The e2e run expects a cluster with basic authentication.');
  const client = createElasticsearchClient({
    url: local.url,
    username: local.username,
    password: local.password ?? '',
    requestTimeoutMs: 120_000,
  });
  try {
    const seeded = await ensureSeededDataset(client, { patterns: FIXTURE_INDEX_PATTERNS, dataset: FIXTURE_DATASET });
    console.log(`[e2e] fixture ${seeded.reused ? 'reused' : 'loaded'}: ${seeded.counts.operational} operational logs`);
  } finally {
    await client.close();
  }
  await secrets.set(E2E_CONNECTION_ID, local.password ?? '');
  return ClusterConnection.parse({
    id: E2E_CONNECTION_ID,
    name: 'E2E fixture cluster',
    url: local.url,
    auth: { kind: 'basic', username: local.username },
    indexPatterns: FIXTURE_INDEX_PATTERNS,
  });
}

/** Starts browser mode once for the run on a free port; tests read its address from the environment. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../../..');
  const dataDir = await mkdtemp(join(tmpdir(), 'audit-console-e2e-'));
  const secrets = new MemorySecretStore();
  const connection = await seededConnection(secrets);
  const mode = await startBrowserMode({
    port: 0,
    dataDir,
    rendererDir: join(root, 'out', 'renderer'),
    version: 'e2e',
    secretStore: secrets,
    openDataSources: (settings) =>
      createDataSourceProvider({ settings: withDevConnection(settings, connection), secrets }),
    user: { id: 'e2e-auditor', name: 'E2E Auditor' },
  });
  process.env['AUDIT_CONSOLE_URL'] = mode.launchUrl;
  return async () => {
    await mode.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
