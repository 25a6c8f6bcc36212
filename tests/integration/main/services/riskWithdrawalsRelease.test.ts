import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readWithdrawalsAfter, WITHDRAWALS_PER_PAGE } from '../../../../src/main/changes/risk/readWithdrawalsAfter';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { WITHDRAWAL_EVENT } from '../../../../src/shared/domain/riskRules';
import type { LogPage, LogSource, SearchOptions } from '../../../../src/shared/query/logSource';
import type { LogQuery } from '../../../../src/shared/query/logQuery';
import { emailEdit } from '../../support/emailEdit';
import { seedBothEngines } from '../../support/seedBothEngines';
import '../../support/providedContext';

/**
 * A client withdrew more often than one page of withdrawals holds, within the hours after a manager changed
 * their email: reading them walks a point in time on the cluster, which must be closed once the read ends,
 * however it ends, rather than left open for its keep-alive.
 */
const PATTERNS = { operational: 'it-riskrelease-operational-*', activity: 'it-riskrelease-activity-*' };
const INDEX = 'it-riskrelease-activity-2026';
const START_MS = Date.UTC(2026, 3, 1);
const WITHDRAWALS = WITHDRAWALS_PER_PAGE + 1;

const edit = emailEdit('e-email', 'c-busy', new Date(START_MS).toISOString());

const withdrawal = (index: number): ClientActivity => ({
  id: `w-${String(index).padStart(5, '0')}`,
  clientId: 'c-busy',
  actorType: 'client',
  actorId: null,
  actorName: null,
  sourceApp: 'tradersroom',
  eventName: WITHDRAWAL_EVENT,
  message: 'Withdrawal submitted',
  metadata: { amount: 50, currency: 'EUR' },
  createdAt: new Date(START_MS + 60_000 + index * 100).toISOString(),
  change: null,
});

let cluster: LogSource;
let embedded: LogSource;
let client: ReturnType<typeof createElasticsearchClient>;

beforeAll(async () => {
  const connection = inject('elasticsearch');
  ({ cluster, embedded } = await seedBothEngines(connection, {
    patterns: PATTERNS,
    indices: {
      activity: { index: INDEX, documents: [edit, ...Array.from({ length: WITHDRAWALS }, (_, i) => withdrawal(i))] },
    },
  }));
  client = createElasticsearchClient(connection);
}, 120_000);

afterAll(async () => {
  await Promise.all([cluster.close(), embedded.close(), client.close()]);
});

/** Search contexts (points in time included) open on the test's own index, whatever other tests hold. */
async function openContexts(): Promise<number> {
  const stats = await client.indices.stats({ index: INDEX, metric: 'search' });
  return stats.indices?.[INDEX]?.total?.search?.open_contexts ?? 0;
}

type Search = (query: LogQuery, options: SearchOptions | undefined, call: number) => Promise<LogPage>;

/** The cluster, with each search the reader makes going through `search` (told which call it is, from 1). */
function clusterSearching(search: Search): Pick<LogSource, 'search' | 'releaseCursor'> {
  let calls = 0;
  return {
    search: (query, options) => search(query, options, ++calls),
    releaseCursor: (family, cursor, options) => cluster.releaseCursor(family, cursor, options),
  };
}

/** The first page, once the point in time the pages after it read through is open on the cluster. */
async function firstPageWithPointInTime(query: LogQuery, options: SearchOptions | undefined): Promise<LogPage> {
  const page = await cluster.search(query, options);
  expect(page.nextCursor).not.toBeNull();
  await expect.poll(openContexts, { timeout: 15_000, interval: 100 }).toBe(1);
  return page;
}

describe('the withdrawals after an edit, read from the cluster', () => {
  it('are read in big pages, keeping the first after the edit, and leave no point in time open', async () => {
    let pages = 0;
    const source = clusterSearching((query, options) => {
      pages += 1;
      return cluster.search(query, options);
    });
    const kept = await readWithdrawalsAfter(source, [edit], 2, { operatorId: 'it-risk' });
    expect(kept.map((row) => row.id)).toEqual(['w-00000']);
    expect(pages).toBe(Math.ceil(WITHDRAWALS / WITHDRAWALS_PER_PAGE));
    await expect.poll(openContexts, { timeout: 15_000, interval: 250 }).toBe(0);
  }, 60_000);

  it('close the point in time they opened when the request is cancelled part way', async () => {
    const controller = new AbortController();
    const source = clusterSearching(async (query, options, call) => {
      if (call > 1) return cluster.search(query, options);
      const page = await firstPageWithPointInTime(query, options);
      controller.abort();
      return page;
    });
    const reading = readWithdrawalsAfter(source, [edit], 2, { operatorId: 'it-risk', signal: controller.signal });
    await expect(reading).rejects.toThrow();
    await expect.poll(openContexts, { timeout: 15_000, interval: 250 }).toBe(0);
  }, 60_000);

  it('close the point in time they opened when a later page fails', async () => {
    const source = clusterSearching(async (query, options, call) => {
      if (call > 1) throw new Error('The cluster went away');
      return firstPageWithPointInTime(query, options);
    });
    await expect(readWithdrawalsAfter(source, [edit], 2, { operatorId: 'it-risk' })).rejects.toThrow(
      'The cluster went away',
    );
    await expect.poll(openContexts, { timeout: 15_000, interval: 250 }).toBe(0);
  }, 60_000);
});
