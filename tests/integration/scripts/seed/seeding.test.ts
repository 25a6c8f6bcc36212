import type { Client, estypes } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteIndices } from '../../../../scripts/seed/deleteIndices';
import { ensureSeededDataset } from '../../../../scripts/seed/ensureSeededDataset';
import { generateDataset, summarizeDataset } from '../../../../src/main/demoData/generateDataset';
import { loadDataset } from '../../../../scripts/seed/loadDataset';
import type { SeedDocument } from '../../../../src/main/demoData/seedDocument';
import { BulkItemError } from '../../../../scripts/seed/sendBulkBatch';
import { IndexedCountMismatchError, verifyIndexedCounts } from '../../../../scripts/seed/verifyIndexedCounts';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { indexTemplateName, type IndexPatterns } from '../../../../src/main/sources/elasticsearch/indexTemplates';
import { installIndexTemplates } from '../../../../scripts/seed/installIndexTemplates';
import { FIXTURE_DATASET } from '../../support/fixtureDataset';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const scratch: IndexPatterns = { operational: 'it-seeding-operational-*', activity: 'it-seeding-activity-*' };
const SMALL_LOAD = { clients: 30, days: 6, seed: 'it-loader', endDate: '2026-03-03' } as const;
let client: Client;

function settingsOf(response: estypes.IndicesGetSettingsResponse): Array<Record<string, unknown>> {
  return Object.values(response).map((entry) => (entry.settings ?? {}) as Record<string, unknown>);
}

beforeAll(async () => {
  client = createElasticsearchClient({ ...inject('elasticsearch'), requestTimeoutMs: 120_000 });
  await deleteIndices(client, scratch);
  await installIndexTemplates(client, scratch);
});

afterAll(async () => {
  await deleteIndices(client, scratch);
  for (const pattern of Object.values(scratch))
    await client.indices.deleteIndexTemplate({ name: indexTemplateName(pattern) });
  await client.close();
});

describe('the seeded fixture', () => {
  it('holds exactly the generated dataset, enough to page past 10,000 operational rows', async () => {
    expect(fixture.counts).toEqual(summarizeDataset(FIXTURE_DATASET).counts);
    expect(fixture.counts.operational).toBeGreaterThan(12_000);
    await expect(verifyIndexedCounts(client, fixture.patterns, fixture.counts)).resolves.toEqual(fixture.counts);
  });

  it('is reused, not reloaded, when asked for again', async () => {
    const again = await ensureSeededDataset(client, { patterns: fixture.patterns, dataset: FIXTURE_DATASET });
    expect(again.reused).toBe(true);
    expect(again.fingerprint).toBe(fixture.fingerprint);
  });

  it('maps the fields as the templates intend', async () => {
    const response = await client.indices.getFieldMapping({
      index: fixture.patterns.activity,
      fields: [
        'id',
        'createdAt',
        'message',
        'message.keyword',
        'metadata',
        'change.before',
        'change.changedFields',
        'change.target.id',
        'change.bulkId',
      ],
    });
    const [mappings] = Object.values(response).map((entry) => entry.mappings);
    const typeOf = (field: string) => Object.values(mappings?.[field]?.mapping ?? {})[0]?.type;
    expect(typeOf('id')).toBe('keyword');
    expect(typeOf('createdAt')).toBe('date');
    expect(typeOf('message')).toBe('text');
    expect(typeOf('message.keyword')).toBe('keyword');
    expect(typeOf('metadata')).toBe('flattened');
    expect(typeOf('change.before')).toBe('flattened');
    expect(typeOf('change.changedFields')).toBe('keyword');
    expect(typeOf('change.target.id')).toBe('keyword');
    expect(typeOf('change.bulkId')).toBe('keyword');
  });

  it('stores monthly indices sorted newest first, as a dev node: no replica, async translog, refresh back on', async () => {
    const settings = settingsOf(
      await client.indices.getSettings({ index: fixture.patterns.operational, flat_settings: true }),
    );
    expect(settings.length).toBeGreaterThan(0);
    for (const entry of settings) {
      expect(entry['index.sort.field']).toEqual(['created', 'id']);
      expect(entry['index.sort.order']).toEqual(['desc', 'desc']);
      expect(entry['index.number_of_replicas']).toBe('0');
      expect(entry['index.translog.durability']).toBe('async');
      expect(entry['index.refresh_interval']).toBeUndefined();
    }
    const indices = Object.keys(
      await client.indices.get({ index: `${fixture.patterns.operational},${fixture.patterns.activity}` }),
    );
    expect(indices.sort()).toEqual(['it-crm-client-activity-2026.10', 'it-crm-operational-logs-2026.10']);
  });

  it('finds flattened metadata keys and words of messages', async () => {
    const byKey = await client.count({
      index: fixture.patterns.activity,
      query: { term: { 'metadata.method': 'card' } },
    });
    expect(byKey.count).toBeGreaterThan(0);
    const byWord = await client.count({
      index: fixture.patterns.operational,
      query: { match: { description: { query: 'huntli', operator: 'and' } } },
    });
    expect(byWord.count).toBeGreaterThan(100);
  });

  it('holds every planted violation where the manifest says', async () => {
    expect(fixture.violations.length).toBeGreaterThan(0);
    for (const violation of fixture.violations) {
      const pattern = fixture.patterns[violation.family];
      const found = await client.search({ index: pattern, query: { ids: { values: [violation.docId] } } });
      const source = found.hits.hits[0]?._source;
      const value = violation.field
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
      expect(String(value)).toContain(violation.value);
    }
  });
});

describe('loadDataset', () => {
  it('loads into monthly indices, restores refresh and verifies the counts', async () => {
    const progress: number[] = [];
    const result = await loadDataset(client, generateDataset(SMALL_LOAD), {
      patterns: scratch,
      batchDocs: 500,
      onProgress: (p) => progress.push(p.indexed),
    });
    const expected = summarizeDataset(SMALL_LOAD).counts;
    expect(result.generated).toEqual(expected);
    expect(result.indexed).toEqual(expected);
    expect(result.indices).toEqual([
      'it-seeding-activity-2026.02',
      'it-seeding-activity-2026.03',
      'it-seeding-operational-2026.02',
      'it-seeding-operational-2026.03',
    ]);
    expect(progress.at(-1)).toBe(expected.operational + expected.activity);
    for (const entry of settingsOf(await client.indices.getSettings({ index: 'it-seeding-*', flat_settings: true }))) {
      expect(entry['index.refresh_interval']).toBeUndefined();
    }
  });

  it('fails loudly, naming the gap, when fewer documents end up indexed than were sent', async () => {
    const [first] = generateDataset({ ...SMALL_LOAD, seed: 'it-gap' });
    if (!first) throw new Error('empty dataset');
    // The same id twice: the second overwrites the first, so one document goes missing.
    const duplicate: SeedDocument[] = [first, { ...first, doc: { ...first.doc } } as SeedDocument];
    const before = await client.count({ index: scratch[first.family] });
    const failure = loadDataset(client, duplicate, { patterns: scratch });
    await expect(failure).rejects.toBeInstanceOf(IndexedCountMismatchError);
    await expect(failure).rejects.toThrow(
      new RegExp(
        `${first.family} \\(it-seeding-[a-z]+-\\*\\): expected ${before.count + 2}, indexed ${before.count + 1} — 1 missing`,
      ),
    );
  });

  it('fails loudly when the cluster refuses a document', async () => {
    const [first] = generateDataset({ ...SMALL_LOAD, seed: 'it-refused' });
    if (!first) throw new Error('empty dataset');
    Object.assign(first.doc, { unexpected: 'field' });
    await expect(loadDataset(client, [first], { patterns: scratch })).rejects.toThrow(BulkItemError);
  });

  it('reports a count that does not match, per family', async () => {
    const actual = await client.count({ index: scratch.operational });
    await expect(verifyIndexedCounts(client, scratch, { operational: actual.count + 5, activity: 0 })).rejects.toThrow(
      /operational \(it-seeding-operational-\*\): expected \d+, indexed \d+ — 5 missing; activity .* unexpected/,
    );
  });
});
