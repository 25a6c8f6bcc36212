import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLogSource } from '../../../../../src/main/sources/embedded/EmbeddedLogSource';
import { OPERATIONAL_ACTIONS } from '../../../../../src/shared/domain/operationalLog';
import { LogQuery, OperationalQuery, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import { FACET_SIZE, SUGGEST_SIZE, type FacetField } from '../../../../../src/shared/query/logSource';
import { BASE_MS, MINUTE_MS, at, operationalLog, sampleActivity, sampleOperationalLogs } from './sampleLogs';

let source: EmbeddedLogSource;
let wide: EmbeddedLogSource;
const NOW_MS = BASE_MS + 60 * MINUTE_MS;

/** More clients than a facet lists: k000 acts 4 times, k001 3, k002 twice, the rest once; one log names none. */
const WIDE_CLIENTS = FACET_SIZE + 5;
const client = (index: number) => `k${String(index).padStart(3, '0')}`;
function wideLogs() {
  const repeats = (index: number) => Math.max(4 - index, 1);
  const logs = Array.from({ length: WIDE_CLIENTS }, (_, index) =>
    Array.from({ length: repeats(index) }, (_, repeat) =>
      operationalLog(`w-${index}-${repeat}`, index, { client: { id: client(index), name: `Kim ${index}` } }),
    ),
  ).flat();
  return [...logs, operationalLog('w-nobody', 0, { client: null })];
}

beforeAll(async () => {
  const documents = [...sampleOperationalLogs(), ...sampleActivity()];
  source = await EmbeddedLogSource.fromDocuments(documents, { now: () => NOW_MS });
  wide = await EmbeddedLogSource.fromDocuments(wideLogs(), { now: () => NOW_MS });
});
afterAll(async () => {
  await source.close();
  await wide.close();
});

const query = (input: LogQueryInput) => LogQuery.parse(input);

describe('EmbeddedLogSource.facets', () => {
  it("counts a field's values without its own filter, by count then value", async () => {
    const [action, status] = await source.facets(query({ family: 'operational', filters: { action: ['create'] } }), [
      'action',
      'status',
    ]);
    expect(action).toEqual({
      field: 'action',
      buckets: [
        { value: 'update', count: 3 },
        { value: 'webhook', count: 2 },
        { value: 'clone', count: 1 },
        { value: 'create', count: 1 },
        { value: 'delete', count: 1 },
        { value: 'get', count: 1 },
        { value: 'updateMany', count: 1 },
      ],
      otherCount: 0,
    });
    expect(status).toEqual({ field: 'status', buckets: [{ value: 'info', count: 1 }], otherCount: 0 });
  });

  it('counts each option as the rows a search finds once it is ticked, an exclusion of its own field kept', async () => {
    const exclude = { action: ['update' as const] };
    const [action] = await source.facets(query({ family: 'operational', filters: { status: ['info'] }, exclude }), [
      'action',
    ]);
    expect(action?.buckets.length).toBeGreaterThan(1);
    for (const value of OPERATIONAL_ACTIONS) {
      const ticked = await source.search(
        query({ family: 'operational', filters: { status: ['info'], action: [value] }, exclude }),
      );
      const counted = action?.buckets.find((bucket) => bucket.value === value)?.count ?? 0;
      expect(counted, value).toBe(ticked.total.value);
    }
    expect(action?.buckets.map((bucket) => bucket.value)).not.toContain('update');
  });

  it('keeps the top FACET_SIZE values and sums the rest into otherCount, never counting missing values', async () => {
    const [clients] = await wide.facets(query({ family: 'operational' }), ['clientId']);
    const expected = [
      { value: client(0), count: 4 },
      { value: client(1), count: 3 },
      { value: client(2), count: 2 },
      ...Array.from({ length: FACET_SIZE - 3 }, (_, index) => ({ value: client(index + 3), count: 1 })),
    ];
    expect(clients).toEqual({ field: 'clientId', buckets: expected, otherCount: WIDE_CLIENTS - FACET_SIZE });
  });

  it('applies text, time range and scope to every facet', async () => {
    const text = query({ family: 'operational', text: 'wallet', timeRange: { kind: 'absolute', to: at(9) } });
    expect(await source.facets(text, ['clientId'], { scopeClientIds: ['c1', 'c3'] })).toEqual([
      {
        field: 'clientId',
        buckets: [
          { value: 'c1', count: 2 },
          { value: 'c3', count: 1 },
        ],
        otherCount: 0,
      },
    ]);
  });

  it('facets activity by category, target and bulk', async () => {
    const facets = await source.facets(query({ family: 'activity', filters: { category: ['manager'] } }), [
      'category',
      'bulkId',
      'sourceApp',
    ]);
    expect(facets).toEqual([
      {
        field: 'category',
        buckets: [
          { value: 'authentication', count: 2 },
          { value: 'manager', count: 1 },
          { value: 'terminal', count: 1 },
          { value: 'transactions', count: 1 },
        ],
        otherCount: 1,
      },
      { field: 'bulkId', buckets: [{ value: 'bulk-1', count: 1 }], otherCount: 0 },
      { field: 'sourceApp', buckets: [{ value: 'crm', count: 1 }], otherCount: 0 },
    ]);
  });

  it('answers empty buckets when nothing matches', async () => {
    const none = query({ family: 'activity', text: 'zzzz' });
    expect(await source.facets(none, ['category', 'eventName'])).toEqual([
      { field: 'category', buckets: [], otherCount: 0 },
      { field: 'eventName', buckets: [], otherCount: 0 },
    ]);
    const uncategorized = query({ family: 'activity', text: 'catalog' });
    expect(await source.facets(uncategorized, ['category'])).toEqual([
      { field: 'category', buckets: [], otherCount: 1 },
    ]);
  });

  it('refuses a field that is not a filter of the family', async () => {
    await expect(source.facets(query({ family: 'activity' }), ['businessModel'])).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const column = 'search_text' as FacetField;
    await expect(source.facets(query({ family: 'operational' }), [column])).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('EmbeddedLogSource.histogram', () => {
  it('fills every epoch-aligned bucket of the resolved range', async () => {
    const histogram = await source.histogram(
      query({ family: 'operational', timeRange: { kind: 'absolute', from: at(0), to: at(10) } }),
    );
    expect(histogram.intervalMs).toBe(MINUTE_MS);
    expect(histogram.buckets.map((bucket) => bucket.count)).toEqual([0, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1]);
    expect(histogram.buckets[0]?.start).toBe('2024-03-01T00:00:00.000Z');
  });

  it('spans the matches when the query has no range', async () => {
    const histogram = await source.histogram(query({ family: 'operational', filters: { clientId: ['c2', 'c3'] } }));
    expect(histogram.buckets).toEqual([
      { start: at(3), count: 1 },
      { start: at(4), count: 1 },
      { start: at(5), count: 1 },
      { start: at(6), count: 0 },
      { start: at(7), count: 1 },
    ]);
  });

  it('chooses a wider interval for a relative range and aligns its buckets to the epoch', async () => {
    const histogram = await source.histogram(
      query({ family: 'activity', timeRange: { kind: 'relative', last: '24h' } }),
    );
    expect(histogram.intervalMs).toBe(15 * MINUTE_MS);
    expect(histogram.buckets.every((bucket) => Date.parse(bucket.start) % (15 * MINUTE_MS) === 0)).toBe(true);
    expect(histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(6);
    expect(histogram.buckets.at(-1)?.count).toBe(0);
  });

  it('is empty when nothing matches and the range is open', async () => {
    const histogram = await source.histogram(
      query({ family: 'operational', filters: { action: ['clone'] }, text: 'nothing' }),
    );
    expect(histogram.buckets).toEqual([]);
  });
});

describe('EmbeddedLogSource.suggest', () => {
  it.each<[Parameters<EmbeddedLogSource['suggest']>[0], string, { id: string; name: string; count: number }[]]>([
    [
      'client',
      'al',
      [
        { id: 'c1', name: 'Alice Martin', count: 4 },
        { id: 'c2', name: 'alfred Ng', count: 2 },
      ],
    ],
    ['client', 'ALF', [{ id: 'c2', name: 'alfred Ng', count: 2 }]],
    ['client', 'émi', [{ id: 'c4', name: 'Émile Durand', count: 1 }]],
    [
      'client',
      'C',
      [
        { id: 'c1', name: 'Alice Martin', count: 4 },
        { id: 'c2', name: 'alfred Ng', count: 2 },
        { id: 'c3', name: 'Zoe Quinn', count: 2 },
        { id: 'c4', name: 'Émile Durand', count: 1 },
      ],
    ],
    ['client', 'martin', [{ id: 'c1', name: 'Alice Martin', count: 4 }]],
    ['client', 'tin', []],
    ['employee', 'carla', [{ id: 'e2', name: 'Carla Diaz', count: 2 }]],
    ['employee', '%', []],
  ])('suggests %s for %j', async (field, prefix, expected) => {
    expect(await source.suggest(field, prefix)).toEqual(expected);
  });

  it("counts within a query, leaving the party's own filter out", async () => {
    const within = OperationalQuery.parse({
      family: 'operational',
      filters: { clientId: ['c3'], action: ['delete'] },
    });
    const all = await source.suggest('client', '', {});
    const counted = await source.suggest('client', '', { within });
    expect(counted.length).toBeGreaterThan(0);
    for (const suggestion of counted) {
      const alone = await source.search(
        OperationalQuery.parse({ ...within, filters: { ...within.filters, clientId: [suggestion.id] } }),
      );
      expect(suggestion.count).toBe(alone.total.value);
    }
    expect(counted.reduce((sum, item) => sum + item.count, 0)).toBeLessThan(
      all.reduce((sum, item) => sum + item.count, 0),
    );
  });

  it('never offers a party the query excludes: picked, it would find no row', async () => {
    const [top] = await source.suggest('client', '', {});
    const within = OperationalQuery.parse({ family: 'operational', exclude: { clientId: [top?.id ?? ''] } });
    const counted = await source.suggest('client', '', { within });
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.map((suggestion) => suggestion.id)).not.toContain(top?.id);
    for (const suggestion of counted) {
      const picked = await source.search(OperationalQuery.parse({ ...within, filters: { clientId: [suggestion.id] } }));
      expect(suggestion.count).toBe(picked.total.value);
    }
  });

  it('keeps to the top N and to the scope', async () => {
    const top = Array.from({ length: SUGGEST_SIZE }, (_, index) => client(index));
    expect((await wide.suggest('client', 'k')).map((suggestion) => suggestion.id)).toEqual(top);
    expect(await source.suggest('employee', 'b', { scopeClientIds: ['c2'] })).toEqual([
      { id: 'e1', name: 'Bob Stone', count: 2 },
    ]);
  });
});
