import type { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileToElasticsearch } from '../../../../../src/main/sources/elasticsearch/compileToElasticsearch';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { ElasticsearchLogSource } from '../../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import {
  expandPrefix,
  PLAIN_ASCII_WORDS,
  type PrefixWords,
} from '../../../../../src/main/sources/elasticsearch/expandPrefix';
import { indexTemplate } from '../../../../../src/main/sources/elasticsearch/indexTemplates';
import { LogQuery } from '../../../../../src/shared/query/logQuery';
import type { LogPage } from '../../../../../src/shared/query/logSource';
import '../../../support/providedContext';

const pattern = 'it-expand-prefix-*';
const crowded = 'it-expand-crowded';
const everyIndex = `it-expand-prefix-a,it-expand-prefix-b,${crowded}`;
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

/** A whole operational log line, as the console's source reads it. */
function logDocument(id: string, created: string, description: string, error: string | null = null) {
  return {
    id,
    created,
    action: 'update',
    description,
    client: null,
    employee: null,
    api: null,
    businessModel: 'Transaction',
    subModel: null,
    origin: 'internal',
    status: error ? 'error' : 'info',
    error,
    relatedOperation: null,
    impactedTable: null,
    source: 'UI',
    appInstance: 'crm-1',
    requestPath: '/transactions',
  };
}

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
  await client.indices.delete({ index: everyIndex }, { ignore: [404] });
  const mappings = indexTemplate('operational', pattern).template?.mappings;
  for (const index of ['it-expand-prefix-a', 'it-expand-prefix-b', crowded]) {
    await client.indices.create({ index, settings: { number_of_replicas: 0 }, ...(mappings ? { mappings } : {}) });
  }
  await client.bulk({
    refresh: true,
    operations: descriptions.flatMap((description, index) => [
      { index: { _index: index % 2 === 0 ? 'it-expand-prefix-a' : 'it-expand-prefix-b', _id: `d${index}` } },
      logDocument(
        `d${index}`,
        new Date(Date.UTC(2025, 5, 1, index)).toISOString(),
        description,
        index === 1 ? 'HuntliApiError at huntli.send' : null,
      ),
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
  await client.indices.delete({ index: everyIndex }, { ignore: [404] });
  await client.close();
});

/** The ids a query's DSL finds, with or without the listed words standing in for the regexp. */
async function idsFound(text: string, listed: boolean): Promise<string[]> {
  const prefix = text.split(' ').at(-1) ?? '';
  const words = listed ? await expandPrefix(adapter, pattern, fields, prefix) : null;
  const found = await idsSentWith(text, words ?? undefined);
  expect(found.regexp).toBe(!listed);
  return found.ids;
}

/** The ids a query's DSL finds with its prefix sent as `words`, and whether a regexp was sent. */
async function idsSentWith(text: string, words?: PrefixWords['words']): Promise<{ ids: string[]; regexp: boolean }> {
  const query = LogQuery.parse({ family: 'operational', text, pageSize: 100 });
  const prefix = text.split(' ').at(-1) ?? '';
  const compiled = compileToElasticsearch(query, {
    mapping,
    scopeClientIds: null,
    nowMs: Date.now(),
    wordFields,
    ...(words ? { prefixWords: { prefix, words } } : {}),
  });
  const response = await client.search({ index: pattern, ...compiled, size: 100 });
  const ids = response.hits.hits.map((hit) => hit._id ?? '').sort();
  return { ids, regexp: JSON.stringify(compiled.query).includes('"regexp"') };
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

describe('a prefix sent as its plain ASCII pattern', () => {
  it('finds on the cluster the documents of the listed words in plain ASCII, and no other', async () => {
    for (const text of ['hunt', 'transaction hunt', 'hunte', 'huntl', 'zzzz']) {
      const exact = await idsFound(text, false);
      const plain = await idsSentWith(text, PLAIN_ASCII_WORDS);
      // d4 holds only `huntéé`, the one word the prefix may reach beyond plain ASCII.
      expect(plain.ids, text).toEqual(exact.filter((id) => id !== 'd4'));
    }
    expect((await idsSentWith('transaction hunt', PLAIN_ASCII_WORDS)).ids).toEqual(['d1', 'd6']);
  });

  it('answers a prefix not listed before from one search when it reaches only plain ASCII words, else two', async () => {
    const source = new ElasticsearchLogSource({
      adapter,
      indexPatterns: { operational: pattern, activity: 'it-expand-prefix-none-*' },
    });
    const search = adapter.search.bind(adapter);
    let searches = 0;
    adapter.search = (...args) => {
      searches += 1;
      return search(...args);
    };
    const sent = async (text: string, operatorId: string) => {
      searches = 0;
      const query = LogQuery.parse({ family: 'operational', text, pageSize: 100 });
      const page = await source.search(query, { operatorId });
      if (page.nextCursor) await source.releaseCursor('operational', page.nextCursor, { operatorId });
      return { ids: page.rows.map((row) => row.id).sort(), searches };
    };
    try {
      // `hunte` reaches `hunter`; `hunt3r` (a digit) it may not reach, so it plays no part.
      expect(await sent('Hunter logged hunte', 'ops-plain')).toEqual({ ids: ['d0'], searches: 1 });
      // `hunt` also reaches `huntéé`: the pattern's answer is set aside and the listed words sent.
      expect(await sent('transaction hunt', 'ops-accented')).toEqual({ ids: ['d1', 'd4', 'd6'], searches: 2 });
    } finally {
      adapter.search = search;
    }
  });
});

describe('a prefix searched again through the console source', () => {
  const ids = (page: LogPage) => page.rows.map((row) => row.id).sort();

  it('finds a word indexed since the words were last listed, and never one the prefix may not reach', async () => {
    const source = new ElasticsearchLogSource({
      adapter,
      indexPatterns: { operational: pattern, activity: 'it-expand-prefix-none-*' },
    });
    const query = LogQuery.parse({ family: 'operational', text: 'transaction hunt', pageSize: 100 });
    const search = async () => {
      const page = await source.search(query, { operatorId: 'ops-1' });
      if (page.nextCursor) await source.releaseCursor('operational', page.nextCursor, { operatorId: 'ops-1' });
      return page;
    };
    const added = ['it-expand-prefix-a', 'it-expand-prefix-b'];
    const filler = Array.from({ length: 21 }, (_, index) => `filler-${index}`);
    try {
      expect(ids(await search())).toEqual(['d1', 'd4', 'd6']);
      // The same words again: the remembered listing goes out beside the fresh one.
      expect(ids(await search())).toEqual(['d1', 'd4', 'd6']);
      await client.index({
        index: added[0] ?? '',
        id: 'late',
        refresh: true,
        document: logDocument('late', '2025-06-02T00:00:00.000Z', 'transaction huntsman'),
      });
      expect(ids(await search())).toEqual(['d1', 'd4', 'd6', 'late']);
      await client.index({
        index: added[1] ?? '',
        id: 'digits',
        refresh: true,
        document: logDocument('digits', '2025-06-02T00:00:00.000Z', 'transaction huntzz7'),
      });
      expect(ids(await search())).toEqual(['d1', 'd4', 'd6', 'late']);
      // Paged ten rows at a time on a remembered listing: every row once, in order, none left out.
      await client.bulk({
        refresh: true,
        operations: filler.flatMap((id, index) => [
          { index: { _index: added[index % 2] ?? '', _id: id } },
          logDocument(id, new Date(Date.UTC(2025, 5, 3, index)).toISOString(), 'transaction hunter'),
        ]),
      });
      const walk = async () => {
        const seen: string[] = [];
        let page = await source.search({ ...query, pageSize: 10 }, { operatorId: 'ops-1' });
        seen.push(...page.rows.map((row) => row.id));
        while (page.nextCursor) {
          page = await source.search({ ...query, pageSize: 10, cursor: page.nextCursor }, { operatorId: 'ops-1' });
          seen.push(...page.rows.map((row) => row.id));
        }
        return seen;
      };
      const walked = await walk();
      expect([...walked].sort()).toEqual(['d1', 'd4', 'd6', 'late', ...filler].sort());
      // Only the first page lists the words; the later pages send the ones it sent.
      const rewrite = adapter.rewriteQuery.bind(adapter);
      let listings = 0;
      adapter.rewriteQuery = (...args) => {
        listings += 1;
        return rewrite(...args);
      };
      try {
        expect(await walk()).toEqual(walked);
      } finally {
        adapter.rewriteQuery = rewrite;
      }
      expect(listings).toBe(1);
      // Typing on from the prefix listed before.
      const typedOn = LogQuery.parse({ family: 'operational', text: 'transaction hunts', pageSize: 100 });
      expect(ids(await source.search(typedOn, { operatorId: 'ops-1' }))).toEqual(['late']);
    } finally {
      // A document never added is reported not found in its item, and the rest are still deleted.
      await client.bulk({
        refresh: true,
        operations: [
          { delete: { _index: added[0] ?? '', _id: 'late' } },
          { delete: { _index: added[1] ?? '', _id: 'digits' } },
          ...filler.map((id, index) => ({ delete: { _index: added[index % 2] ?? '', _id: id } })),
        ],
      });
    }
  });
});
