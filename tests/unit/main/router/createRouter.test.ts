import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import type { LogPage } from '../../../../src/shared/query/logSource';
import { emptyOperationalPage as emptyPage } from '../../support/logPages';
import { refusingHandlers } from './refusingHandlers';

const auditor: Operator = { id: 'a1', name: 'Ann', role: 'auditor', scope: null };
const supportLead: Operator = { id: 's1', name: 'Sam', role: 'supportLead', scope: { clientIds: ['c1'] } };

function setup(operator: Operator = auditor, overrides: Partial<Handlers> = {}) {
  const journal: JournalRecord[] = [];
  const router = createRouter({
    handlers: refusingHandlers({ 'logs/search': () => Promise.resolve(emptyPage), ...overrides }),
    currentOperator: () => operator,
    journal: { record: (entry) => Promise.resolve(void journal.push(entry)) },
    log: () => undefined,
  });
  return { router, journal };
}

const trusted = { trusted: true };
const search = { family: 'operational' };

describe('router', () => {
  it('runs a valid call and journals what the operator looked at', async () => {
    const { router, journal } = setup();
    const result = await router.handle('logs/search', search, trusted);
    expect(result).toEqual({ ok: true, data: emptyPage });
    expect(journal).toMatchObject([{ operatorId: 'a1', channel: 'logs/search', outcome: 'ok', rows: 0 }]);
    expect(journal[0]?.kind === 'call' && journal[0].request).toMatchObject({
      family: 'operational',
      pageSize: 50,
      sort: { field: 'created' },
    });
  });

  it('refuses a sender that is not our main frame, before anything runs, and journals the refusal', async () => {
    let ran = false;
    const { router, journal } = setup(auditor, { 'logs/search': () => ((ran = true), Promise.resolve(emptyPage)) });
    const result = await router.handle('logs/search', search, { trusted: false });
    expect(result).toMatchObject({ ok: false, code: 'UNTRUSTED_SENDER' });
    expect(ran).toBe(false);
    expect(journal).toMatchObject([{ channel: 'logs/search', outcome: 'refused', code: 'UNTRUSTED_SENDER' }]);
  });

  it('refuses an unknown channel', async () => {
    const { router } = setup();
    expect(await router.handle('shell/exec', {}, trusted)).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    expect(await router.handle('__proto__', {}, trusted)).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
  });

  it.each([
    [{ family: 'operational', pageSize: 7 }, 'pageSize'],
    [{ family: 'operational', filters: { action: ['drop'] } }, 'filters.action.0'],
    [{ family: 'operational', filters: { nope: ['x'] } }, 'filters.nope'],
    [{ family: 'operational', timeRange: { kind: 'absolute', from: 'yesterday' } }, 'timeRange.from'],
  ])('names the field of a request of the wrong shape: %j', async (payload, field) => {
    const { router } = setup();
    const result = await router.handle('logs/search', payload, trusted);
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST', field });
    expect(result.ok ? '' : result.message).toContain(field);
  });

  it.each([
    [
      'from',
      '2026-02-30T00:00:00Z',
      'The start of the time range is not a real date and time: February 2026 has no day 30',
    ],
    ['to', '2026-04-31T00:00:00Z', 'The end of the time range is not a real date and time: April 2026 has no day 31'],
  ])('refuses a time range %s on a day the calendar has not, saying which day: %s', async (bound, value, sentence) => {
    const { router } = setup();
    const payload = { family: 'operational', timeRange: { kind: 'absolute', [bound]: value } };
    const result = await router.handle('logs/search', payload, trusted);
    expect(result).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      field: `timeRange.${bound}`,
      message: `Invalid request — timeRange.${bound}: ${sentence}`,
    });
  });

  it('refuses a role without the permission and journals the refusal', async () => {
    const { router, journal } = setup(supportLead);
    const result = await router.handle('activity/search', { family: 'activity' }, trusted);
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(journal).toMatchObject([{ operatorId: 's1', channel: 'activity/search', outcome: 'refused' }]);
  });

  it('returns a service error as a value with its own message', async () => {
    const { router } = setup(auditor, {
      'logs/search': () =>
        Promise.reject(new ConsoleError('UNAVAILABLE', 'Cannot reach http://es:9200 — connection refused')),
    });
    expect(await router.handle('logs/search', search, trusted)).toEqual({
      ok: false,
      code: 'UNAVAILABLE',
      message: 'Cannot reach http://es:9200 — connection refused',
    });
  });

  it('never leaks an unexpected error or a response of the wrong shape', async () => {
    const { router } = setup(auditor, {
      'logs/search': () => Promise.reject(new Error('secret internal detail at /home/x.ts:12')),
    });
    const failed = await router.handle('logs/search', search, trusted);
    expect(failed).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(JSON.stringify(failed)).not.toContain('secret internal detail');
    const malformed = setup(auditor, { 'logs/search': () => Promise.resolve({ rows: 'nope' } as unknown as LogPage) });
    expect(await malformed.router.handle('logs/search', search, trusted)).toMatchObject({
      ok: false,
      code: 'INTERNAL',
    });
  });
});

describe('router redaction', () => {
  it('removes a secret a producer logged before the answer leaves main, and the page says so', async () => {
    const card = '4111 1111 1111 1111';
    const row = {
      id: '6ae67cd6285ebb2f9b017de8',
      created: '2026-10-31T23:42:14.000Z',
      action: 'webhook',
      description: `Deposit with card ${card} declined`,
      client: { id: 'c1', name: 'Marco Wong' },
      employee: null,
      api: null,
      businessModel: 'Transactions',
      subModel: 'Deposits',
      origin: 'external',
      status: 'error',
      error: JSON.stringify({ name: 'ProviderError', request: { password: 'Summer1234!' } }),
      relatedOperation: 'sendTransactionToProvider',
      impactedTable: 'transactions',
      source: 'API',
      appInstance: 'webhooks-0',
      requestPath: '/webhooks/huntli',
    };
    const page = { ...emptyPage, rows: [row], total: { value: 1, relation: 'eq' } } as LogPage;
    const { router } = setup(auditor, { 'logs/search': () => Promise.resolve(page) });
    const result = await router.handle('logs/search', search, trusted);
    expect(result.ok).toBe(true);
    const text = JSON.stringify(result);
    expect(text).not.toContain('4111');
    expect(text).not.toContain('Summer1234!');
    expect(result).toMatchObject({
      data: {
        rows: [{ description: 'Deposit with card [redacted: card •••• 1111] declined' }],
        redactions: { 'card number': 1, 'secret field': 1 },
      },
    });
    expect(row.description).toContain(card);
  });
});
