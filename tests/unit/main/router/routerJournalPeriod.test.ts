import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter } from '../../../../src/main/router/createRouter';
import type { JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';
import type { Operator } from '../../../../src/shared/domain/roles';
import { refusingHandlers } from './refusingHandlers';

const auditor: Operator = { id: 'a1', name: 'Ann', role: 'auditor', scope: null };
const trusted = { trusted: true };

/** The router as the renderer (or anything else on the channel) reaches it, over a journal search that records what it was asked. */
function setup() {
  const asked: JournalSearchRequest[] = [];
  const lines: JournalRecord[] = [];
  const handlers = refusingHandlers({
    'journal/search': (request: JournalSearchRequest) => {
      asked.push(request);
      return Promise.resolve({ origin: 'local', notice: 'This workstation only.', entries: [], truncated: false });
    },
  });
  const router = createRouter({
    handlers,
    currentOperator: () => auditor,
    journal: { record: (entry) => Promise.resolve(void lines.push(entry)) },
    log: () => undefined,
  });
  return { router, asked, lines };
}

describe('journal/search refuses a period that is not one, before the journal is read', () => {
  it.each([
    ['a start that is no date', { from: 'last week' }, 'from', /date and time with its offset/],
    ['an end without its offset', { to: '2026-10-01T00:00:00' }, 'to', /date and time with its offset/],
    ['a start in the year 999', { from: '0999-12-31T23:59:59Z' }, 'from', /outside the years 1000 to 9999/],
    ['an end in the year 10000 (UTC)', { to: '9999-12-31T23:30:00-01:00' }, 'to', /outside the years 1000 to 9999/],
    [
      'a start on 30 February',
      { from: '2026-02-30T00:00:00Z' },
      'from',
      /^Invalid request — from: The start of the period is not a real date and time: February 2026 has no day 30$/,
    ],
    [
      'an end on 31 April',
      { to: '2026-04-31T23:59:59Z' },
      'to',
      /^Invalid request — to: The end of the period is not a real date and time: April 2026 has no day 31$/,
    ],
    [
      'a start half a second after the end',
      { from: '2026-10-01T00:00:00.500Z', to: '2026-10-01T00:00:00Z' },
      'from',
      /start of the period is after its end/,
    ],
    [
      'a start in another zone one millisecond after the end',
      { from: '2026-10-01T02:00:00.001+02:00', to: '2026-10-01T00:00:00Z' },
      'from',
      /start of the period is after its end/,
    ],
  ])('%s: BAD_REQUEST naming the field', async (_, request, field, message) => {
    const { router, asked, lines } = setup();
    const result = await router.handle('journal/search', request, trusted);
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST', field });
    expect(result.ok ? '' : result.message).toContain(`${field}: `);
    expect(result.ok ? '' : result.message).toMatch(message);
    expect(asked).toEqual([]);
    expect(lines).toMatchObject([{ channel: 'journal/search', outcome: 'refused', code: 'BAD_REQUEST' }]);
  });
});

describe('journal/search takes a period ordered as instants', () => {
  it.each([
    [
      'an end half a second after a start on the second',
      { from: '2026-10-01T00:00:00Z', to: '2026-10-01T00:00:00.500Z' },
    ],
    ['one instant written in two zones', { from: '2026-10-01T02:00:00+02:00', to: '2026-10-01T00:00:00Z' }],
    ['the first and last supported instants', { from: '1000-01-01T00:00:00Z', to: '9999-12-31T23:59:59.999Z' }],
  ])('%s', async (_, request) => {
    const { router, asked } = setup();
    expect(await router.handle('journal/search', request, trusted)).toMatchObject({ ok: true });
    expect(asked).toEqual([{ ...request, limit: 100 }]);
  });
});

describe('journal/search refuses an operator or channel holding a character that hides or reorders text, before the journal is read', () => {
  it.each([
    ['a right-to-left override in the operator', { operator: '\u202Eecila' }, 'operator', 'U+202E'],
    ['a zero-width space in the channel', { channel: 'logs/\u200Bsearch' }, 'channel', 'U+200B'],
  ])('%s: BAD_REQUEST naming the field and the character', async (_, request, field, code) => {
    const { router, asked, lines } = setup();
    const result = await router.handle('journal/search', request, trusted);
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST', field });
    expect(result.ok ? '' : result.message).toContain(`${field}: `);
    expect(result.ok ? '' : result.message).toContain(`cannot hold ${code}`);
    expect(asked).toEqual([]);
    expect(lines).toMatchObject([{ channel: 'journal/search', outcome: 'refused', code: 'BAD_REQUEST' }]);
  });
});

describe('journal/search reads the lines of a client whose id holds a character that hides or reorders text', () => {
  it.each([
    ['a right-to-left override', 'nobody\u202Eroot'],
    ['a zero-width space', 'client\u200B-7'],
  ])('%s: the journal is asked for that id exactly', async (_, clientId) => {
    const { router, asked } = setup();
    expect(await router.handle('journal/search', { clientId }, trusted)).toMatchObject({ ok: true });
    expect(asked).toEqual([{ clientId, limit: 100 }]);
  });
});
