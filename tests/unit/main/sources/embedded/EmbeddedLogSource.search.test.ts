import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLogSource } from '../../../../../src/main/sources/embedded/EmbeddedLogSource';
import { ClientActivity } from '../../../../../src/shared/domain/clientActivity';
import { OperationalLog } from '../../../../../src/shared/domain/operationalLog';
import { LogQuery, type LogQueryInput } from '../../../../../src/shared/query/logQuery';
import type { LogPage } from '../../../../../src/shared/query/logSource';
import { BASE_MS, MINUTE_MS, sampleActivity, sampleOperationalLogs } from './sampleLogs';

let source: EmbeddedLogSource;
const NOW_MS = BASE_MS + 60 * MINUTE_MS;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments([...sampleOperationalLogs(), ...sampleActivity()], {
    now: () => NOW_MS,
  });
});
afterAll(() => source.close());

const ids = (page: LogPage) => page.rows.map((row) => row.id);
const search = (input: LogQueryInput, scopeClientIds?: string[]) =>
  source.search(LogQuery.parse(input), { scopeClientIds });

describe('EmbeddedLogSource.search', () => {
  it('returns rows as the domain shapes, newest first by default', async () => {
    const page = await search({ family: 'operational' });
    expect(ids(page)).toEqual(['op10', 'op09', 'op08', 'op07', 'op06', 'op05', 'op04', 'op03', 'op02', 'op01']);
    expect(page).toMatchObject({
      total: { value: 10, relation: 'eq' },
      nextCursor: null,
      partial: null,
      missingFields: [],
    });
    for (const row of page.rows) expect(OperationalLog.parse(row)).toEqual(row);
    expect([...page.rows].reverse()).toEqual(sampleOperationalLogs());
  });

  it('rebuilds activity events with metadata and the manager change', async () => {
    const page = await search({ family: 'activity', sort: { field: 'createdAt', direction: 'asc' } });
    expect(page.rows).toEqual(sampleActivity());
    for (const row of page.rows) expect(ClientActivity.parse(row)).toEqual(row);
  });

  it.each<[string, LogQueryInput, string[]]>([
    [
      'values OR within a field',
      { family: 'operational', filters: { action: ['create', 'delete'] } },
      ['op04', 'op03'],
    ],
    ['fields AND together', { family: 'operational', filters: { status: ['error'], origin: ['external'] } }, ['op02']],
    ['a filter on a party', { family: 'operational', filters: { employeeId: ['e2'] } }, ['op09', 'op05']],
    ['an api token', { family: 'operational', filters: { apiId: ['tok1'] } }, ['op01']],
    ['a value no row has', { family: 'operational', filters: { subModel: ['Nope'] } }, []],
    ['text over description', { family: 'operational', text: 'huntli' }, ['op02', 'op01']],
    ['every word must match', { family: 'operational', text: 'send transaction' }, ['op02']],
    ['the last word is a prefix', { family: 'operational', text: 'wall' }, ['op10', 'op09', 'op08', 'op06']],
    ['earlier words are whole words', { family: 'operational', text: 'wall balance' }, []],
    ['a word found in the error', { family: 'operational', text: 'undefined' }, ['op09']],
    ['words may match in different fields', { family: 'operational', text: 'gateway huntli' }, ['op02']],
    ['punctuation splits words', { family: 'operational', text: '"ETIMEDOUT"' }, ['op02']],
    ['hyphens split words', { family: 'operational', text: '"e-mail"' }, ['op09']],
    ['non-ASCII letters in any case', { family: 'operational', text: 'ÉMILE' }, ['op10']],
    ['case-insensitive', { family: 'operational', text: 'WALLET FROZEN' }, ['op10']],
    ['a text of separators only', { family: 'operational', text: '--', filters: { action: ['clone'] } }, ['op08']],
    [
      'an absolute range, both ends inclusive',
      {
        family: 'operational',
        timeRange: { kind: 'absolute', from: '2024-03-01T00:03:00Z', to: '2024-03-01T00:05:00Z' },
      },
      ['op06', 'op05', 'op04', 'op03'],
    ],
    [
      'an absolute range with an offset',
      { family: 'operational', timeRange: { kind: 'absolute', from: '2024-03-01T02:09:00+02:00' } },
      ['op10', 'op09'],
    ],
    ['a relative range at the clock', { family: 'operational', timeRange: { kind: 'relative', last: '15m' } }, []],
    [
      'a relative range covering all',
      { family: 'operational', timeRange: { kind: 'relative', last: '1h' } },
      ['op10', 'op09', 'op08', 'op07', 'op06', 'op05', 'op04', 'op03', 'op02', 'op01'],
    ],
    ['a category filter', { family: 'activity', filters: { category: ['authentication'] } }, ['ev6', 'ev1']],
    ['a bulk id filter', { family: 'activity', filters: { bulkId: ['bulk-1'] } }, ['ev4']],
    ['a target filter', { family: 'activity', filters: { targetType: ['client'], targetId: ['c1'] } }, ['ev4']],
    ['activity text, the last word a prefix', { family: 'activity', text: 'Euru' }, ['ev3']],
    [
      'activity text, a short word in quotes beside a longer one, whole',
      { family: 'activity', text: '"deposit of"' },
      ['ev2'],
    ],
    ['activity text, earlier words whole', { family: 'activity', text: 'euru order' }, []],
    ['activity text, a phrase', { family: 'activity', text: '"submitted a deposit"' }, ['ev2']],
    ['activity text, a phrase is words in order', { family: 'activity', text: '"deposit submitted"' }, []],
    ['activity text, an excluded word', { family: 'activity', text: 'client -deposit' }, ['ev6', 'ev1']],
  ])('%s', async (_name, input, expected) => {
    expect(ids(await search(input))).toEqual(expected);
  });

  it('keeps a scoped operator to their clients', async () => {
    expect(ids(await search({ family: 'operational' }, ['c2']))).toEqual(['op04', 'op03']);
    expect(ids(await search({ family: 'operational', filters: { clientId: ['c1'] } }, ['c2']))).toEqual([]);
    expect(ids(await search({ family: 'activity' }, []))).toEqual([]);
  });

  it.each<[string, LogQueryInput, string[]]>([
    [
      'a nullable name ascending (byte order), missing last',
      { family: 'operational', sort: { field: 'client.name', direction: 'asc' } },
      ['op01', 'op02', 'op08', 'op09', 'op06', 'op07', 'op03', 'op04', 'op10', 'op05'],
    ],
    [
      'a nullable name descending, missing still last',
      { family: 'operational', sort: { field: 'client.name', direction: 'desc' } },
      ['op10', 'op04', 'op03', 'op07', 'op06', 'op09', 'op08', 'op02', 'op01', 'op05'],
    ],
    [
      'a date ascending, ties broken by id ascending',
      { family: 'operational', sort: { field: 'created', direction: 'asc' } },
      ['op01', 'op02', 'op03', 'op04', 'op05', 'op06', 'op07', 'op08', 'op09', 'op10'],
    ],
    [
      'a keyword field',
      { family: 'operational', sort: { field: 'action', direction: 'asc' } },
      ['op08', 'op03', 'op04', 'op06', 'op05', 'op09', 'op10', 'op07', 'op01', 'op02'],
    ],
    [
      'an activity keyword field',
      { family: 'activity', sort: { field: 'sourceApp', direction: 'desc' } },
      ['ev6', 'ev2', 'ev1', 'ev3', 'ev5', 'ev4'],
    ],
  ])('sorts on %s', async (_name, input, expected) => {
    expect(ids(await search(input))).toEqual(expected);
  });
});

describe('EmbeddedLogSource.findClients', () => {
  it('reads runs of spaces in the text as one space', async () => {
    const typed = await source.findClients('  Alice   Martin  ');
    expect(typed.map((match) => [match.id, match.name, match.matchedOn])).toEqual([['c1', 'Alice Martin', 'name']]);
    expect(typed).toEqual(await source.findClients('Alice Martin'));
  });
});
