import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import { JournalUnavailableError, type Journal, type JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import { contract } from '../../../../src/shared/contract/contract';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';
import type { Operator } from '../../../../src/shared/domain/roles';
import type { Facet, Histogram } from '../../../../src/shared/query/logSource';
import { emptyOperationalPage as page } from '../../support/logPages';
import { refusingHandlers } from './refusingHandlers';

const auditor: Operator = { id: 'a1', name: 'Ann', role: 'auditor', scope: null };
const admin: Operator = { id: 'root', name: 'Rae', role: 'admin', scope: null };
const trusted = { trusted: true };
const CARD = '4111 1111 1111 1111';

const facets: Facet[] = [
  {
    field: 'action',
    buckets: [
      { value: 'create', count: 3 },
      { value: 'delete', count: 1 },
    ],
    otherCount: 0,
  },
  { field: 'status', buckets: [{ value: 'error', count: 4 }], otherCount: 0 },
];
const histogram: Histogram = {
  intervalMs: 3_600_000,
  buckets: [
    { start: '2026-10-01T00:00:00.000Z', count: 2 },
    { start: '2026-10-01T01:00:00.000Z', count: 5 },
  ],
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return refusingHandlers({
    'logs/search': () => Promise.resolve(page),
    'logs/facets': () => Promise.resolve(facets),
    'logs/histogram': () => Promise.resolve(histogram),
    'logs/suggest': () => Promise.resolve([{ id: 'c1', name: 'Marco Wong', count: 9 }]),
    ...overrides,
  });
}

function setup(operator: Operator = auditor, journal?: Journal, overrides: Partial<Handlers> = {}) {
  const lines: JournalRecord[] = [];
  const router = createRouter({
    handlers: handlers(overrides),
    currentOperator: () => operator,
    journal: journal ?? { record: (entry) => Promise.resolve(void lines.push(entry)) },
    log: () => undefined,
  });
  return { router, lines };
}

const calls = (lines: JournalRecord[]) => lines.flatMap((line) => (line.kind === 'call' ? [line] : []));

describe('what the journal records', () => {
  it('journals every channel that reads log data, and every settings change', () => {
    const reads = CHANNELS.filter((channel) => ['logs:read', 'activity:read'].includes(contract[channel].permission));
    const changes = CHANNELS.filter((channel) => /^settings\/(connection|operators)\//.test(channel));
    const unjournaled = [...reads, ...changes].filter(
      (channel) => channel !== 'cursor/release' && !contract[channel].audited,
    );
    expect(unjournaled).toEqual([]);
    expect(contract['workspace/reset'].audited).toBe(true);
  });

  it('records facets, histograms and suggestions with operator, role, time, query and what came back', async () => {
    const { router, lines } = setup();
    const query = { family: 'operational', filters: { clientId: ['c1'] } };
    expect((await router.handle('logs/facets', { query, fields: ['action', 'status'] }, trusted)).ok).toBe(true);
    expect((await router.handle('logs/histogram', { query }, trusted)).ok).toBe(true);
    expect((await router.handle('logs/suggest', { field: 'client', prefix: 'Mar' }, trusted)).ok).toBe(true);
    expect(calls(lines)).toMatchObject([
      { channel: 'logs/facets', operatorId: 'a1', operatorName: 'Ann', role: 'auditor', buckets: 3, clientIds: ['c1'] },
      { channel: 'logs/histogram', outcome: 'ok', buckets: 2, request: { query: { filters: { clientId: ['c1'] } } } },
      { channel: 'logs/suggest', outcome: 'ok', rows: 1, request: { field: 'client', prefix: 'Mar' } },
    ]);
    for (const line of lines) expect(Date.parse(line.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('never stores a card number typed into the search box verbatim', async () => {
    const { router, lines } = setup();
    expect((await router.handle('logs/search', { family: 'operational', text: `refund ${CARD}` }, trusted)).ok).toBe(
      true,
    );
    const stored = JSON.stringify(lines);
    expect(stored).not.toContain(CARD);
    expect(stored).not.toContain(CARD.replaceAll(' ', ''));
    expect(stored).toContain('refund');
  });

  it('bounds what one line stores for a large request', async () => {
    const { router, lines } = setup();
    const clientId = Array.from({ length: 500 }, (_, i) => `client-${'x'.repeat(180)}-${i}`);
    const text = 'y'.repeat(500);
    expect(
      (await router.handle('logs/search', { family: 'operational', text, filters: { clientId } }, trusted)).ok,
    ).toBe(true);
    expect(JSON.stringify(lines[0]).length).toBeLessThan(16_000);
    expect(JSON.stringify(lines[0])).toContain('480 more');
  });

  it('journals a refused call on a channel it would not journal otherwise, role changes above all', async () => {
    const { router, lines } = setup(auditor);
    const raise = { operators: [{ id: 'a1', name: 'Ann', role: 'admin', scope: null }], defaultRole: 'admin' };
    expect(await router.handle('settings/operators/save', raise, trusted)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await router.handle('settings/get', {}, trusted)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await router.handle('shell/exec', { cmd: 'rm -rf /' }, trusted)).toMatchObject({ code: 'UNKNOWN_CHANNEL' });
    expect(calls(lines)).toMatchObject([
      { channel: 'settings/operators/save', outcome: 'refused', code: 'FORBIDDEN', request: raise },
      { channel: 'settings/get', outcome: 'refused', code: 'FORBIDDEN' },
      { channel: 'shell/exec', outcome: 'refused', code: 'UNKNOWN_CHANNEL', invalidRequest: { keys: ['cmd'] } },
    ]);
    expect(JSON.stringify(lines)).not.toContain('rm -rf');
  });

  it('records a settings change with its secret redacted, and a role change with the roles given', async () => {
    const view = {
      version: 1,
      connections: [],
      activeConnectionId: null,
      operators: [],
      defaultRole: 'auditor',
      vault: 'process',
      saved: { id: 'prod', state: 'untested', sentence: 'Saved “Prod”, not tested.' },
    };
    const answer = () => Promise.resolve(view) as ReturnType<Handlers['settings/connection/save']>;
    const { router, lines } = setup(admin, undefined, {
      'settings/connection/save': answer,
      'settings/operators/save': answer,
    });
    const roles = { operators: [{ id: 'a1', name: 'Ann', role: 'investigator', scope: null }], defaultRole: 'admin' };
    expect((await router.handle('settings/operators/save', roles, trusted)).ok).toBe(true);
    const connection = {
      id: 'prod',
      name: 'Prod',
      url: 'https://es.example:9200',
      auth: { kind: 'basic', username: 'u' },
    };
    const saved = await router.handle(
      'settings/connection/save',
      { connection, secret: 'hunter2-Very-Secret' },
      trusted,
    );
    expect(saved.ok).toBe(true);
    expect(calls(lines)).toMatchObject([
      { channel: 'settings/operators/save', outcome: 'ok', operatorId: 'root', role: 'admin', request: roles },
      { channel: 'settings/connection/save', outcome: 'ok', role: 'admin' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('hunter2-Very-Secret');
  });

  it('summarises a payload that failed validation instead of storing it', async () => {
    const { router, lines } = setup();
    const payload = { family: 'operational', pageSize: 7, note: `${CARD} ${'z'.repeat(50_000)}`, [CARD]: 1 };
    expect(await router.handle('logs/search', payload, trusted)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(calls(lines)).toMatchObject([
      { outcome: 'refused', code: 'BAD_REQUEST', invalidRequest: { type: 'object' } },
    ]);
    const stored = JSON.stringify(lines);
    expect(stored).not.toContain('zzzz');
    expect(stored).not.toContain(CARD);
    expect(stored).not.toContain('"request"');
  });
});

describe('the journal on a file', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('still records a failed call whose payload cannot be serialised (deep nesting)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-deep-'));
    const path = join(dir, 'journal.ndjson');
    const { router } = setup(auditor, new FileJournal(path));
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const result = await router.handle('logs/search', { family: 'operational', text: deep }, trusted);
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'text' });
    const stored = (await readFile(path, 'utf8')).trim().split('\n');
    expect(stored.map((line) => JSON.parse(line) as unknown)).toMatchObject([
      { channel: 'logs/search', outcome: 'refused', invalidRequest: { type: 'object', keys: ['family', 'text'] } },
    ]);
  });
});

describe('reads fail closed while the journal cannot be written', () => {
  const full = new JournalUnavailableError('DISK_FULL', "The operators' journal cannot be written: the disk is full.");
  const broken: Journal = { record: () => Promise.reject(full) };

  it('answers a read with the journal failure instead of the data', async () => {
    const { router } = setup(auditor, broken);
    expect(await router.handle('logs/search', { family: 'operational' }, trusted)).toEqual({
      ok: false,
      code: 'DISK_FULL',
      message: full.message,
    });
    expect(
      await router.handle('logs/facets', { query: { family: 'operational' }, fields: ['action'] }, trusted),
    ).toMatchObject({ ok: false, code: 'DISK_FULL' });
  });

  it('keeps a refusal its own message', async () => {
    const { router } = setup(auditor, broken);
    expect(await router.handle('settings/get', {}, trusted)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
