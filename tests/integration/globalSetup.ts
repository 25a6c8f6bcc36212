import type { TestProject } from 'vitest/node';
import { ensureElasticsearch } from '../../scripts/elasticsearch/connection';
import { consoleUsersFile, readConsoleUsers } from '../../scripts/elasticsearch/consoleUsers';
import { localConnectionFile } from '../../scripts/elasticsearch/paths';
import { ensureSeededDataset } from '../../scripts/seed/ensureSeededDataset';
import {
  createElasticsearchClient,
  type ElasticsearchConnection,
} from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import { FIXTURE_DATASET, FIXTURE_INDEX_PATTERNS } from './support/fixtureDataset';
import './support/providedContext';

async function connect(): Promise<ElasticsearchConnection> {
  try {
    const local = await ensureElasticsearch({ log: (line) => console.log(`[integration] ${line}`) });
    return {
      url: local.url,
      ...(local.apiKey !== undefined ? { apiKey: local.apiKey } : {}),
      ...(local.username !== undefined ? { username: local.username, password: local.password ?? '' } : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Integration tests never pass by skipping: no cluster is a failed run, in CI and locally alike.
    const hint =
      process.env.CI === 'true'
        ? 'CI=true: a missing cluster fails the run.'
        : 'Start one with `npm run es:start`, or point ES_URL at an existing cluster.';
    throw new Error(`Integration tests need Elasticsearch and none could be had: ${reason}\n${hint}`, { cause: error });
  }
}

/**
 * Starts or reuses the cluster and makes the fixture indices hold exactly the fixed dataset, reloading
 * only when the seed fingerprint or the counts differ.
 */
export default async function setup(project: TestProject): Promise<void> {
  const connection = await connect();
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    const startedAt = performance.now();
    const seeded = await ensureSeededDataset(client, { patterns: FIXTURE_INDEX_PATTERNS, dataset: FIXTURE_DATASET });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(
      `[integration] fixture ${seeded.reused ? 'reused' : 'loaded'} in ${seconds} s: ` +
        `${seeded.counts.operational} operational, ${seeded.counts.activity} activity documents (${seeded.fingerprint})`,
    );
    project.provide('elasticsearch', connection);
    // One file-realm user per console role, made by es:start on its own node (none on an ES_URL cluster).
    project.provide('consoleUsers', readConsoleUsers(consoleUsersFile(localConnectionFile()))?.users ?? []);
    project.provide('seededFixture', {
      patterns: FIXTURE_INDEX_PATTERNS,
      fingerprint: seeded.fingerprint,
      counts: seeded.counts,
      startMs: seeded.summary.options.startMs,
      endMs: seeded.summary.options.endMs,
      violations: seeded.summary.violations,
    });
  } finally {
    await client.close();
  }
}
