import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../src/main/router/createRouter';
import { refusalSentenceOf } from '../../../../src/shared/contract/errors';
import { LOG_FIELDS } from '../../../../src/shared/query/fieldRoles';
import { refusingHandlers } from './refusingHandlers';

const router = createRouter({
  handlers: refusingHandlers({}, new Error('a refused request never reaches its service')),
  currentOperator: () => ({ id: 'a1', name: 'Ann', role: 'admin', scope: null }),
  journal: { record: () => Promise.resolve() },
  log: () => undefined,
});

const query = { family: 'operational' };
const jobId = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const target = { directory: '/tmp', fileName: 'evidence.csv' };
const purpose = 'INC-42 review';
const times = <T>(count: number, item: T): T[] => Array<T>(count).fill(item);
const note = { at: '2026-10-01T00:00:00Z', author: 'Ann', text: 'seen' };
const star = { family: 'operational', recordId: 'r1', at: '2026-10-01T00:00:00Z' };
const column = { colId: 'created' };

/** A request past one limit, as the renderer would send it, and the sentence it is refused with. */
const PAST_A_LIMIT: [string, string, unknown, string, string][] = [
  [
    'queries an export reads',
    'export/preview',
    { format: 'csv', queries: times(51, query) },
    'queries',
    'An export reads too many queries: keep at most 50; this one reads 51.',
  ],
  [
    'queries an export writes',
    'export/start',
    { jobId, format: 'csv', queries: times(51, query), target, purpose },
    'queries',
    'An export reads too many queries: keep at most 50; this one reads 51.',
  ],
  [
    'fields whose values are counted',
    'logs/facets',
    { query, fields: times(13, LOG_FIELDS.operational.facets[0]) },
    'fields',
    'A count of values covers too many fields: keep at most 12; this one covers 13.',
  ],
  [
    'columns a grid keeps',
    'prefs/columns/save',
    { grid: 'operational', columns: times(51, column) },
    'columns',
    'A grid’s layout has too many columns: keep at most 50; this one has 51.',
  ],
  [
    'columns a view keeps',
    'views/save',
    { name: 'Removals', grid: 'operational', query, columns: times(51, column) },
    'columns',
    'A grid’s layout has too many columns: keep at most 50; this one has 51.',
  ],
  [
    'notes a bundle carries',
    'bundle/start',
    { jobId, queries: [query], target, purpose, case: { notes: times(2_001, note) } },
    'case.notes',
    'A case carries too many notes: keep at most 2,000; this one carries 2,001.',
  ],
  [
    'starred events a bundle carries',
    'bundle/start',
    { jobId, queries: [query], target, purpose, case: { stars: times(20_001, star) } },
    'case.stars',
    'A case carries too many starred events: keep at most 20,000; this one carries 20,001.',
  ],
  [
    'keys trusted for a bundle',
    'bundle/verify',
    { path: '/tmp/evidence.acbundle', trust: times(51, 'f'.repeat(64)) },
    'trust',
    'The list of trusted keys has too many fingerprints: keep at most 50; this one has 51.',
  ],
  [
    'sessions on a page',
    'clients/sessions',
    { clientId: 'c-1', limit: 101 },
    'limit',
    'The number of sessions on a page is a whole number from 1 to 100; this one is 101.',
  ],
  [
    'journal lines on a page',
    'journal/search',
    { limit: 501 },
    'limit',
    'The number of lines is a whole number from 1 to 500; this one is 501.',
  ],
  [
    'rows a jump passes over',
    'logs/search',
    { ...query, skip: 2.5 },
    'skip',
    'The number of rows to skip is a whole number from 0 to 10,000,000; this one is 2.5.',
  ],
  [
    'a page position',
    'logs/search',
    { ...query, cursor: 'c'.repeat(4_001) },
    'cursor',
    'The page position is too long: shorten it to at most 4,000 characters; this one has 4,001. Start again from the first page.',
  ],
  [
    'values a filter takes',
    'logs/search',
    { ...query, filters: { clientId: [] } },
    'filters.clientId',
    'A filter takes at least one value; give it one, or leave the filter out to match every value.',
  ],
];

describe('a request past a limit is refused with the limit and the count, never a schema’s wording', () => {
  it.each(PAST_A_LIMIT)('%s', async (_, channel, request, field, sentence) => {
    const answer = await router.handle(channel, request, { trusted: true });
    expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', field });
    const failure = answer.ok ? { message: '' } : answer;
    expect(refusalSentenceOf(failure)).toBe(sentence);
    expect(failure.message).not.toMatch(/Too (big|small)|expected/);
  });
});
