import { describe, expect, it } from 'vitest';
import { LogQuery, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import { EVENT_NAMES_BY_CATEGORY } from '../../../../../src/shared/domain/eventCatalog';
import {
  boundedPrefixPattern,
  type CompileContext,
} from '../../../../../src/main/sources/elasticsearch/compileClauses';
import {
  compileToElasticsearch,
  type CompiledSearch,
} from '../../../../../src/main/sources/elasticsearch/compileToElasticsearch';

const NOW = Date.parse('2025-06-15T12:00:00.000Z');
const ctx: CompileContext = {
  mapping: { operational: {}, activity: {} },
  scopeClientIds: null,
  nowMs: NOW,
  keywordFields: { 'client.name': 'client.name.keyword', 'employee.name': 'employee.name.keyword' },
  wordFields: { description: 'description.words', error: 'error.words', message: 'message.words' },
};

const OPERATIONAL_SOURCE = [
  'id',
  'created',
  'action',
  'description',
  'client.id',
  'client.name',
  'employee.id',
  'employee.name',
  'api.id',
  'api.name',
  'businessModel',
  'subModel',
  'origin',
  'status',
  'error',
  'relatedOperation',
  'impactedTable',
  'source',
  'appInstance',
  'requestPath',
];
const createdDesc = [
  { created: { order: 'desc', missing: '_last', unmapped_type: 'date' } },
  { id: { order: 'desc', unmapped_type: 'keyword' } },
];

/** A word in the words of description or error: whole (`term`) or as the start of a word (`prefix`). */
function inTextFields(kind: 'term' | 'prefix', word: string, fields = ['description.words', 'error.words']) {
  return {
    bool: {
      should: fields.map((field) =>
        kind === 'term'
          ? { term: { [field]: word } }
          : { regexp: { [field]: { value: boundedPrefixPattern(word), flags: 'NONE' } } },
      ),
      minimum_should_match: 1,
    },
  };
}

function filtersOf(compiled: CompiledSearch): unknown {
  return compiled.query?.bool?.filter;
}

interface Row {
  name: string;
  query: LogQueryInput;
  ctx?: Partial<CompileContext>;
  filter: unknown[];
  sort?: unknown[];
}

const table: Row[] = [
  { name: 'no filters: match every document, newest first', query: { family: 'operational' }, filter: [] },
  {
    name: 'values OR within a field, fields AND together',
    query: { family: 'operational', filters: { action: ['create', 'update'], status: ['error'] } },
    filter: [{ terms: { action: ['create', 'update'] } }, { terms: { status: ['error'] } }],
  },
  {
    name: 'party filters read the nested id fields',
    query: { family: 'operational', filters: { clientId: ['c1'], employeeId: ['e1'], apiId: ['a1'] } },
    filter: [{ terms: { 'client.id': ['c1'] } }, { terms: { 'employee.id': ['e1'] } }, { terms: { 'api.id': ['a1'] } }],
  },
  {
    name: 'scope is a filter on the client id',
    query: { family: 'operational', filters: { businessModel: ['Clients'] } },
    ctx: { scopeClientIds: ['c1', 'c2'] },
    filter: [{ terms: { 'client.id': ['c1', 'c2'] } }, { terms: { businessModel: ['Clients'] } }],
  },
  {
    name: 'an empty scope matches nothing',
    query: { family: 'operational' },
    ctx: { scopeClientIds: [] },
    filter: [{ terms: { 'client.id': [] } }],
  },
  {
    name: 'relative range resolves against the fixed clock',
    query: { family: 'operational', timeRange: { kind: 'relative', last: '24h' } },
    filter: [
      {
        range: {
          created: {
            format: 'strict_date_optional_time',
            gte: '2025-06-14T12:00:00.000Z',
            lte: '2025-06-15T12:00:00.000Z',
          },
        },
      },
    ],
  },
  {
    name: 'absolute range with an open end',
    query: { family: 'operational', timeRange: { kind: 'absolute', from: '2025-01-01T00:00:00+02:00' } },
    filter: [{ range: { created: { format: 'strict_date_optional_time', gte: '2024-12-31T22:00:00.000Z' } } }],
  },
  {
    name: 'one text word: a word prefix in description or error',
    query: { family: 'operational', text: 'Hunt' },
    filter: [inTextFields('prefix', 'hunt')],
  },
  {
    name: 'several words: whole words, the last a prefix; punctuation splits',
    query: { family: 'operational', text: 'Sending, transaction-from Huntl' },
    filter: [
      inTextFields('term', 'sending'),
      inTextFields('term', 'transaction'),
      inTextFields('term', 'from'),
      inTextFields('prefix', 'huntl'),
    ],
  },
  {
    name: 'a last word with a digit is a whole word',
    query: { family: 'operational', text: 'Huntli e11000' },
    filter: [inTextFields('term', 'huntli'), inTextFields('term', 'e11000')],
  },
  {
    name: 'a phrase in quotes: its words next to each other, in each field',
    query: { family: 'operational', text: '"status 404" -declined' },
    filter: [
      {
        bool: {
          should: ['description.words', 'error.words'].map((field) => ({
            span_near: {
              clauses: [{ span_term: { [field]: 'status' } }, { span_term: { [field]: '404' } }],
              slop: 0,
              in_order: true,
            },
          })),
          minimum_should_match: 1,
        },
      },
      { bool: { must_not: [inTextFields('term', 'declined')] } },
    ],
  },
  {
    name: 'on indices without a word sub-field, the text fields themselves',
    query: { family: 'operational', text: 'timeout' },
    ctx: { wordFields: {} },
    filter: [inTextFields('prefix', 'timeout', ['description', 'error'])],
  },
  { name: 'text of punctuation only adds nothing', query: { family: 'operational', text: ' -- ' }, filter: [] },
  {
    name: 'sort on a text-ish name uses its keyword sub-field',
    query: { family: 'operational', sort: { field: 'client.name', direction: 'asc' } },
    filter: [],
    sort: [
      { 'client.name.keyword': { order: 'asc', missing: '_last', unmapped_type: 'keyword' } },
      { id: { order: 'asc', unmapped_type: 'keyword' } },
    ],
  },
  {
    name: 'a field mapping renames every clause, sort and tiebreaker',
    query: {
      family: 'operational',
      filters: { clientId: ['c1'] },
      text: 'x1x1x',
      sort: { field: 'created', direction: 'asc' },
    },
    ctx: {
      mapping: {
        operational: { 'client.id': 'customer.uid', created: '@timestamp', description: 'msg', id: 'log_id' },
        activity: {},
      },
      scopeClientIds: ['c9'],
    },
    filter: [
      { terms: { 'customer.uid': ['c9'] } },
      inTextFields('term', 'x1x1x', ['msg', 'error.words']),
      { terms: { 'customer.uid': ['c1'] } },
    ],
    sort: [
      { '@timestamp': { order: 'asc', missing: '_last', unmapped_type: 'date' } },
      { log_id: { order: 'asc', unmapped_type: 'keyword' } },
    ],
  },
];

describe('compileToElasticsearch (operational)', () => {
  it.each(table)('$name', ({ query, ctx: override, filter, sort }) => {
    const compiled = compileToElasticsearch(LogQuery.parse(query), { ...ctx, ...override });
    expect(compiled.query).toEqual({ bool: { filter } });
    expect(compiled.sort).toEqual(sort ?? createdDesc);
  });

  it('asks for one page, counts every match exactly and reads only our fields', () => {
    const compiled = compileToElasticsearch(LogQuery.parse({ family: 'operational', pageSize: 25 }), ctx);
    expect(compiled.size).toBe(25);
    expect(compiled.track_total_hits).toBe(true);
    expect(compiled._source.includes).toEqual(OPERATIONAL_SOURCE);
  });
});

describe('exclusions', () => {
  it('leave out excluded values with must_not, which keeps rows without the field, a category as its events', () => {
    const compiled = compileToElasticsearch(
      LogQuery.parse({ family: 'activity', exclude: { category: ['tickets'], actorType: ['system'] } }),
      { ...ctx, scopeClientIds: null },
    );
    expect(compiled.query).toEqual({
      bool: {
        filter: [
          { bool: { must_not: [{ terms: { actorType: ['system'] } }] } },
          { bool: { must_not: [{ terms: { eventName: [...EVENT_NAMES_BY_CATEGORY.tickets] } }] } },
        ],
      },
    });
  });
});

/** A whole word's clause on client activity: a profile edit found by its changed field names, never its message. */
const onActivity = (found: object, word: string) => {
  const profileEdit = { terms: { eventName: ['client.profile_edited'] } };
  const named = (field: string) => ({ term: { [field]: { value: word, case_insensitive: true } } });
  return {
    bool: {
      should: [
        { bool: { must: [found], must_not: [profileEdit] } },
        {
          bool: {
            filter: [profileEdit],
            should: [named('metadata.changedFields'), named('change.changedFields')],
            minimum_should_match: 1,
          },
        },
      ],
      minimum_should_match: 1,
    },
  };
};

describe('compileToElasticsearch (activity)', () => {
  const activity = (query: Omit<LogQueryInput & { family: 'activity' }, 'family'>) =>
    compileToElasticsearch(LogQuery.parse({ family: 'activity', ...query }), { ...ctx, scopeClientIds: ['c1'] });

  it('scopes on clientId, searches the message, sorts by createdAt then id', () => {
    const compiled = activity({ text: 'logged e11000', filters: { actorType: ['manager'] } });
    expect(compiled.query).toEqual({
      bool: {
        filter: [
          { terms: { clientId: ['c1'] } },
          onActivity({ term: { 'message.words': 'logged' } }, 'logged'),
          onActivity({ term: { 'message.words': 'e11000' } }, 'e11000'),
          { terms: { actorType: ['manager'] } },
        ],
      },
    });
    expect(compiled.sort).toEqual([
      { createdAt: { order: 'desc', missing: '_last', unmapped_type: 'date' } },
      { id: { order: 'desc', unmapped_type: 'keyword' } },
    ]);
  });

  it('a category expands to the catalog event names', () => {
    const compiled = activity({ filters: { category: ['tickets'] } });
    expect(filtersOf(compiled)).toContainEqual({
      terms: { eventName: ['client.ticket_created', 'client.ticket_messaged', 'client.ticket_closed'] },
    });
  });

  it('change filters read the manager change sub-fields', () => {
    const compiled = activity({ filters: { targetType: ['account'], targetId: ['a1'], bulkId: ['b1'] } });
    expect(filtersOf(compiled)).toEqual(
      expect.arrayContaining([
        { terms: { 'change.target.type': ['account'] } },
        { terms: { 'change.target.id': ['a1'] } },
        { terms: { 'change.bulkId': ['b1'] } },
      ]),
    );
  });
});
