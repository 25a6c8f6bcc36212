import type { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileToElasticsearch } from '../../../../../src/main/sources/elasticsearch/compileToElasticsearch';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { expandPrefix } from '../../../../../src/main/sources/elasticsearch/expandPrefix';
import { indexTemplate } from '../../../../../src/main/sources/elasticsearch/indexTemplates';
import { LogQuery } from '../../../../../src/shared/query/logQuery';
import '../../../support/providedContext';

const pattern = 'it-expand-prefix-*';
const crowded = 'it-expand-crowded';
const fields = ['description.words', 'error.words'];
const wordFields = { description: 'description.words', error: 'error.words' };
const mapping = { operational: {}, activity: {} };

const descriptions = [
  'Hunter logged in',
  'hunting season transaction',
  'token Hunt3r transaction',
  'transaction huntaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'transaction huntéé',
  'transaction hunt٣٣',
  'transaction hunt',
  'nothing here',
];

let client: Client;
let adapter: ElasticsearchAdapter;

beforeAll(async () => {
  const connection = inject('elasticsearch');
  client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  adapter = new ElasticsearchAdapter(client, {
    url: connection.url,
    username: connection.username ?? null,
    usesApiKey: false,
    requestTimeoutMs: 120_000,
  });
  await client.indices.delete({ index: `it-expand-prefix-a,it-expand-prefix-b,${crowded}` }, { ignore: [404] });
  const mappings = indexTemplate('operational', pattern).template?.mappings;
  for (const index of ['it-expand-prefix-a', 'it-expand-prefix-b', crowded]) {
    await client.indices.create({ index, settings: { number_of_replicas: 0 }, ...(mappings ? { mappings } : {}) });
  }
  await client.bulk({
    refresh: true,
    operations: descriptions.flatMap((description, index) => [
      { index: { _index: index % 2 === 0 ? 'it-expand-prefix-a' : 'it-expand-prefix-b', _id: `d${index}` } },
      {
        id: `d${index}`,
        created: new Date(Date.UTC(2025, 5, 1, index)).toISOString(),
        description,
        error: index === 1 ? 'HuntliApiError at huntli.send' : null,
      },
    ]),
  });
  // More words behind one prefix than a rewritten query may hold (16,384 clauses here).
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words = [...letters].flatMap((a) => [...letters].flatMap((b) => [...letters].map((c) => `zqpx${a}${b}${c}`)));
  const operations = [];
  for (let start = 0; start < words.length; start += 200) {
    operations.push({ index: { _index: crowded } }, { description: words.slice(start, start + 200).join(' ') });
  }
  await client.bulk({ refresh: true, operations });
}, 120_000);

afterAll(async () => {
  await client.indices.delete({ index: `it-expand-prefix-a,it-expand-prefix-b,${crowded}` }, { ignore: [404] });
  await client.close();
});

/** The ids a query's DSL finds, with or without the listed words standing in for the regexp. */
async function idsFound(text: string, listed: boolean): Promise<string[]> {
  const query = LogQuery.parse({ family: 'operational', text, pageSize: 100 });
  const prefix = text.split(' ').at(-1) ?? '';
  const words = listed ? await expandPrefix(adapter, pattern, fields, prefix) : null;
  const compiled = compileToElasticsearch(query, {
    mapping,
    scopeClientIds: null,
    nowMs: Date.now(),
    wordFields,
    ...(words ? { prefixWords: { prefix, words } } : {}),
  });
  const serialized = JSON.stringify(compiled.query);
  expect(serialized.includes('"regexp"')).toBe(!listed);
  const response = await client.search({ index: pattern, ...compiled, size: 100 });
  return response.hits.hits.map((hit) => hit._id ?? '').sort();
}

describe('a prefix read off the term dictionaries', () => {
  it('lists only the digit-free words of at most 24 characters the prefix reaches, on every shard', async () => {
    const words = await expandPrefix(adapter, pattern, fields, 'hunt');
    expect(words).toEqual({
      'description.words': ['hunt', 'hunter', 'hunting', 'huntéé'],
      'error.words': ['huntli.send', 'huntliapierror'],
    });
  });

  it('answers empty lists for a prefix that reaches no word', async () => {
    expect(await expandPrefix(adapter, pattern, fields, 'zzzz')).toEqual({
      'description.words': [],
      'error.words': [],
    });
  });

  it('answers null when more words share the prefix than a rewritten query may hold', async () => {
    expect(await expandPrefix(adapter, `${pattern},${crowded}`, fields, 'zqpx')).toBeNull();
  });

  it('finds exactly what the bounded regexp finds', async () => {
    for (const text of ['hunt', 'transaction hunt', 'hunte', 'huntl', 'zzzz', 'transaction huntéé']) {
      expect(await idsFound(text, true), text).toEqual(await idsFound(text, false));
    }
    expect(await idsFound('transaction hunt', true)).toEqual(['d1', 'd4', 'd6']);
  });
});
