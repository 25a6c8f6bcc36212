import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLogSource } from '../../../../../src/main/sources/embedded/EmbeddedLogSource';
import { ConsoleError } from '../../../../../src/shared/contract/errors';
import { LogQuery, OPERATIONAL_SORT_FIELDS, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import type { LogPage } from '../../../../../src/shared/query/logSource';
import { BASE_MS, MINUTE_MS, operationalLog } from './sampleLogs';

/** Logs with many ties on every sort field and missing names, so paging meets every edge. */
function manyLogs(count = 10_001) {
  const names = ['Ann', 'Bo', null, 'ann', 'Ünal'];
  return Array.from({ length: count }, (_, index) => {
    const name = names[index % names.length] ?? null;
    return operationalLog(`id${String((index * 7919) % 10_001).padStart(5, '0')}`, Math.floor(index / 3), {
      client: name === null ? null : { id: `c${index % 7}`, name },
      employee: index % 4 === 0 ? null : { id: `e${index % 3}`, name: `Emp ${index % 3}` },
      subModel: index % 6 === 0 ? null : 'Wallets',
      action: index % 2 === 0 ? 'update' : 'get',
      appInstance: index === 10_000 ? 'crm-last' : `crm-${index % 3}`,
    });
  });
}

let source: EmbeddedLogSource;
let small: EmbeddedLogSource;
const NOW_MS = BASE_MS + 10_000 * MINUTE_MS;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments(manyLogs(), { now: () => NOW_MS });
  small = await EmbeddedLogSource.fromDocuments(manyLogs(600), { now: () => NOW_MS });
});
afterAll(async () => {
  await source.close();
  await small.close();
});

const ids = (page: LogPage) => page.rows.map((row) => row.id);

async function readPages(
  input: LogQueryInput,
  pages: number,
  from = source,
): Promise<{ ids: string[]; last: LogPage }> {
  const query = LogQuery.parse(input);
  const seen: string[] = [];
  let page = await from.search(query);
  seen.push(...ids(page));
  for (let index = 1; index < pages && page.nextCursor; index += 1) {
    page = await from.search({ ...query, cursor: page.nextCursor });
    seen.push(...ids(page));
  }
  return { ids: seen, last: page };
}

describe('EmbeddedLogSource paging', () => {
  it('reports the total exactly, beyond 10,000 too', async () => {
    const all = await source.search(LogQuery.parse({ family: 'operational' }));
    expect(all.total).toEqual({ value: 10_001, relation: 'eq' });
    const oneLess = await source.search(
      LogQuery.parse({ family: 'operational', filters: { appInstance: ['crm-0', 'crm-1', 'crm-2'] } }),
    );
    expect(oneLess.total).toEqual({ value: 10_000, relation: 'eq' });
  });

  it.each([
    ['created', 'desc', 0, 7],
    ['client.name', 'asc', 1, 3],
    ['subModel', 'desc', 2, 5],
  ] as const)(
    'a jump by %s %s from page %i passes over %i pages to the rows paging reaches',
    async (field, direction, from, pages) => {
      const input = {
        family: 'operational',
        filters: { clientId: ['c1', 'c2', 'c3'] },
        sort: { field, direction },
        pageSize: 10,
      } satisfies LogQueryInput;
      const walked = await readPages(input, from + pages + 2, small);
      const query = LogQuery.parse(input);
      let start = await small.search(query);
      for (let page = 0; page < from; page += 1)
        start = await small.search({ ...query, cursor: start.nextCursor ?? undefined });
      const jumped =
        from === 0
          ? await small.search({ ...query, skip: pages * 10 })
          : await small.search({ ...query, cursor: start.nextCursor ?? undefined, skip: (pages - 1) * 10 });
      const offset = (from + pages) * 10;
      expect(ids(jumped)).toEqual(walked.ids.slice(offset, offset + 10));
      const next = await small.search({ ...query, cursor: jumped.nextCursor ?? undefined });
      expect(ids(next)).toEqual(walked.ids.slice(offset + 10, offset + 20));
    },
  );

  it('a jump past the last match answers an empty last page', async () => {
    const page = await small.search(LogQuery.parse({ family: 'operational', skip: 600 }));
    expect(page.rows).toEqual([]);
    expect(page.nextCursor).toBeNull();
    expect(page.total).toEqual({ value: 600, relation: 'eq' });
  });

  it.each(OPERATIONAL_SORT_FIELDS.flatMap((field) => [[field, 'asc'] as const, [field, 'desc'] as const]))(
    'pages by %s %s with no duplicate, no gap, in the order of one big page',
    async (field, direction) => {
      const filters = { clientId: ['c1', 'c2', 'c3'] };
      const whole = await readPages(
        { family: 'operational', filters, sort: { field, direction }, pageSize: 100 },
        100,
        small,
      );
      const paged = await readPages(
        { family: 'operational', filters, sort: { field, direction }, pageSize: 10 },
        1000,
        small,
      );
      expect(paged.ids).toEqual(whole.ids);
      expect(new Set(paged.ids).size).toBe(paged.ids.length);
      expect(paged.last.nextCursor).toBeNull();
      expect(paged.ids.length).toBe(whole.last.total.value);
    },
  );

  it('pages past 10,000 rows', async () => {
    const { ids: seen, last } = await readPages({ family: 'operational', pageSize: 100 }, 200);
    expect(seen.length).toBe(10_001);
    expect(new Set(seen).size).toBe(10_001);
    expect(last.nextCursor).toBeNull();
  });

  it('keeps the clock of the first page for a relative range', async () => {
    let now = NOW_MS;
    const clocked = await EmbeddedLogSource.fromDocuments(manyLogs().slice(0, 60), { now: () => now });
    try {
      const query = LogQuery.parse({
        family: 'operational',
        timeRange: { kind: 'relative', last: '15m' },
        pageSize: 10,
      });
      now = BASE_MS + 20 * MINUTE_MS;
      const first = await clocked.search(query);
      now = BASE_MS + 10_000 * MINUTE_MS;
      const second = await clocked.search({ ...query, cursor: first.nextCursor ?? undefined });
      expect(first.total.value).toBe(second.total.value);
      expect(second.rows.length).toBeGreaterThan(0);
    } finally {
      await clocked.close();
    }
  });

  it('accepts a cursor with another page size but refuses one from another query', async () => {
    const first = await source.search(LogQuery.parse({ family: 'operational', pageSize: 10 }));
    const cursor = first.nextCursor ?? '';
    const wider = await source.search(LogQuery.parse({ family: 'operational', pageSize: 25, cursor }));
    expect(wider.rows).toHaveLength(25);
    const foreign = source.search(LogQuery.parse({ family: 'operational', filters: { action: ['get'] }, cursor }));
    await expect(foreign).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'cursor' });
    const resorted = source.search(
      LogQuery.parse({ family: 'operational', sort: { field: 'created', direction: 'asc' }, cursor }),
    );
    await expect(resorted).rejects.toBeInstanceOf(ConsoleError);
    await expect(source.search(LogQuery.parse({ family: 'operational', cursor: 'garbage' }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('answers CANCELLED for an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      source.search(LogQuery.parse({ family: 'operational' }), { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });
});
