import type { FullConfig } from '@playwright/test';
import { ensureElasticsearch } from '../../../scripts/elasticsearch/connection';
import { ensureSeededDataset } from '../../../src/main/seeding/ensureSeededDataset';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { FIXTURE_DATASET, FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';
import { startFixtureConsole } from './startFixtureConsole';

/**
 * Makes sure the cluster holds the shared fixture, then starts browser mode on it once for the run on
 * a free port; tests read its address from the environment.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const local = await ensureElasticsearch({ log: (line) => console.log(`[e2e] ${line}`) });
  if (local.username === undefined) throw new Error('The e2e run expects a cluster with basic authentication.');
  const credentials = { url: local.url, username: local.username, password: local.password ?? '' };
  const client = createElasticsearchClient({ ...credentials, requestTimeoutMs: 120_000 });
  try {
    const seeded = await ensureSeededDataset(client, { patterns: FIXTURE_INDEX_PATTERNS, dataset: FIXTURE_DATASET });
    console.log(`[e2e] fixture ${seeded.reused ? 'reused' : 'loaded'}: ${seeded.counts.operational} operational logs`);
  } finally {
    await client.close();
  }
  const fixtureConsole = await startFixtureConsole({ ...credentials, name: 'e2e' });
  process.env['AUDIT_CONSOLE_URL'] = fixtureConsole.mode.launchUrl;
  return () => fixtureConsole.close();
}
