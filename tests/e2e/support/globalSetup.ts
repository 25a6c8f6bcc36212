import { resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { ensureElasticsearch } from '../../../scripts/elasticsearch/connection';
import { ensureSeededDataset } from '../../../scripts/seed/ensureSeededDataset';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { assertFreshBuild } from '../../../scripts/dev/assertFreshBuild';
import { FIXTURE_DATASET, FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';

/**
 * Makes sure the cluster holds the shared fixture; each worker then starts browser mode on it (see
 * the app driver), since every launch address opens the console once and tests mint their own. The
 * built renderer must be newer than its sources.
 */
export default async function globalSetup(_config: FullConfig): Promise<void> {
  assertFreshBuild(resolve(import.meta.dirname, '../../..'));
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
}
