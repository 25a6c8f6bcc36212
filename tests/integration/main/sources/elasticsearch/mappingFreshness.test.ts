import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { ElasticsearchLogSource } from '../../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { LogQuery } from '../../../../../src/shared/query/logQuery';
import '../../../support/providedContext';

const connection = inject('elasticsearch');
const fixture = inject('seededFixture');

/** The mapping is trusted this long here (a minute in the console), so a pause longer than it takes seconds. */
const TTL_MS = 2_000;

let source: ElasticsearchLogSource;
const asked: string[] = [];

beforeAll(() => {
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 60_000 });
  const adapter = new ElasticsearchAdapter(client, {
    url: connection.url,
    username: connection.username ?? null,
    usesApiKey: false,
    requestTimeoutMs: 60_000,
  });
  const fieldCaps = adapter.fieldCaps.bind(adapter);
  adapter.fieldCaps = (index, ...rest) => {
    asked.push(index);
    return fieldCaps(index, ...rest);
  };
  source = new ElasticsearchLogSource({ adapter, indexPatterns: fixture.patterns, mappingTtlMs: TTL_MS });
});

afterAll(async () => {
  await source.close();
});

async function firstPageIds(): Promise<string[]> {
  const page = await source.search(LogQuery.parse({ family: 'operational', text: 'client', pageSize: 25 }));
  if (page.nextCursor) await source.releaseCursor('operational', page.nextCursor);
  return page.rows.map((row) => row.id);
}

describe('the mapping a cluster source trusts', () => {
  it('is asked for again in the background while in use, so a search after a pause does not wait for it', async () => {
    const first = await firstPageIds();
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(asked)).toEqual(new Set([fixture.patterns.operational]));
    const askedBeforePause = asked.length;
    // A pause of two and a half times the mapping's trust, with no search meanwhile.
    await sleep(2.5 * TTL_MS);
    const askedDuringPause = asked.length;
    expect(askedDuringPause - askedBeforePause).toBeGreaterThanOrEqual(2);
    expect(await firstPageIds()).toEqual(first);
    // The search after the pause used the mapping asked for in the background: it asked nothing itself.
    expect(asked).toHaveLength(askedDuringPause);
  });

  it('is asked for no more once the source is closed', async () => {
    await source.close();
    const afterClose = asked.length;
    await sleep(2 * TTL_MS);
    expect(asked).toHaveLength(afterClose);
  });
});
