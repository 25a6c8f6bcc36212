import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../src/main/cases/CaseStore';
import { BundleSignerSource } from '../../../../src/main/export/signing/bundleKey';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { PreferencesStore } from '../../../../src/main/preferences/PreferencesStore';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createCaseService } from '../../../../src/main/services/createCaseService';
import { createExportService } from '../../../../src/main/services/createExportService';
import { createLogService } from '../../../../src/main/services/createLogService';
import { createPreferenceService } from '../../../../src/main/services/createPreferenceService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { refusalSentenceOf, type Result } from '../../../../src/shared/contract/errors';
import type { InvestigationCase } from '../../../../src/shared/domain/investigationCase';
import type { Operator } from '../../../../src/shared/domain/roles';
import { managerEdit } from './managerEdit';
import { recordedHandlers } from './recordedHandlers';
import { watched } from './watchedSource';
import { refusingHandlers } from './refusingHandlers';

/**
 * The hostile reading of path=value filters (changed from, changed to) that hold a secret or name a secret
 * field: a producer logged a card number as a note's new value. Every request that runs, exports, pins or
 * saves a query refuses such a filter by its shape, in one sentence whichever engine is open: no service
 * is reached, nothing is compiled or read, nothing is kept, and neither answer nor journal repeats it.
 */

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
/** What any part of either secret gives away. */
const GIVES_AWAY = /1111|eyJ/;

const auditor: Operator = { id: 'a1', name: 'Ada', role: 'auditor', scope: null };

const documents = [managerEdit(1, { clientId: 'c1', field: 'note', before: 'none', after: CARD })];

let dir = '';
let source: EmbeddedLogSource;
let router: Router;
let caseId = '';
const reads: string[] = [];
const handled: string[] = [];
const journaled: JournalRecord[] = [];

async function ask(channel: string, request: object): Promise<Result<unknown>> {
  return router.handle(channel, request, { trusted: true });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secret-path-values-'));
  source = await EmbeddedLogSource.fromDocuments(documents);
  const current = { current: () => Promise.resolve(watched(source, reads)) };
  const services = refusingHandlers({
    ...createLogService(current),
    ...createExportService({
      dataSources: current,
      signer: new BundleSignerSource({ read: () => Promise.resolve(undefined), write: () => Promise.resolve() }),
      console: { name: 'Audit Console', version: 'test' },
      timeZone: () => 'UTC',
    }),
    ...createCaseService(new CaseStore(join(dir, 'cases'))),
    ...createPreferenceService(new PreferencesStore(join(dir, 'preferences'))),
  });
  const handlers = recordedHandlers(services, handled);
  const journal = { record: (line: JournalRecord) => Promise.resolve(void journaled.push(line)) };
  router = createRouter({ handlers, currentOperator: () => auditor, journal });
  const created = await ask('cases/create', { title: 'Card client', purpose: 'Who used the card' });
  caseId = created.ok ? (created.data as InvestigationCase).id : '';
});

afterAll(async () => {
  await source.close();
  await rm(dir, { recursive: true, force: true });
});

/** Everything kept on disk: case files and preferences. */
async function keptOnDisk(): Promise<string> {
  const files: string[] = [];
  for (const folder of ['cases', 'preferences']) {
    const names = await readdir(join(dir, folder)).catch(() => []);
    for (const name of names) files.push(await readFile(join(dir, folder, name), 'utf8'));
  }
  return files.join('\n');
}

/** [what is asked, channel, the request for an activity query]. */
const REQUESTS: readonly (readonly [string, string, (query: object) => object])[] = [
  ['an activity search', 'activity/search', (q) => q],
  ['activity facets', 'activity/facets', (q) => ({ query: q, fields: ['eventName'] })],
  ['an activity histogram', 'activity/histogram', (q) => ({ query: q })],
  ['an export preview', 'export/preview', (q) => ({ format: 'ndjson', queries: [q] })],
  ['a query pinned to a case', 'cases/pin', (q) => ({ caseId, label: 'Note changes', query: q })],
  ['a view saved', 'views/save', (q) => ({ name: 'Note changes', grid: 'activity', query: q, columns: [] })],
];

/** [what the filter holds, the filter, how its part and key are named, what the refusal says]. */
const FILTERS = [
  [
    'a card number as the value',
    { filters: { changedTo: [`note=${CARD}`] } },
    'filters.changedTo',
    'The value looks like a card number',
  ],
  [
    'a JWT as an excluded value',
    { exclude: { changedFrom: [`note=${JWT}`] } },
    'exclude.changedFrom',
    'The value looks like a JWT',
  ],
  [
    'a card number as the path',
    { filters: { changedTo: [`${CARD}=x`] } },
    'filters.changedTo',
    'The value looks like a card number',
  ],
  [
    'a secret field as the path',
    { filters: { changedFrom: ['note=ok', 'bank.password=hunter2'] } },
    'filters.changedFrom',
    "Values of 'bank.password' are secret",
  ],
] as const;

describe('path=value filters holding a secret, asked through the router', () => {
  for (const [what, channel, request] of REQUESTS) {
    for (const [holds, filter, field, says] of FILTERS) {
      it(`${what} with ${holds} in ${field} is refused before anything is compiled`, async () => {
        reads.length = 0;
        handled.length = 0;
        journaled.length = 0;
        const answer = await ask(channel, request({ family: 'activity', ...filter }));
        expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
        // The filter at fault, inside the request's query wherever the request holds it.
        expect(answer.ok ? '' : answer.field).toMatch(new RegExp(`^(query\\.|queries\\.0\\.)?${field}$`));
        expect(answer.ok ? '' : refusalSentenceOf(answer)).toMatch(new RegExp(`^${says}`));
        expect(JSON.stringify(answer)).not.toMatch(GIVES_AWAY);
        expect(handled).toEqual([]);
        expect(reads).toEqual([]);
        expect(journaled.map((line) => (line.kind === 'call' ? line.outcome : line.kind))).toEqual(['refused']);
        expect(JSON.stringify(journaled)).not.toMatch(GIVES_AWAY);
        expect(await keptOnDisk()).not.toMatch(GIVES_AWAY);
      });
    }
  }

  it('a path=value filter holding a card number is refused in the sentence of any filter value', async () => {
    const pathValue = await ask('activity/search', { family: 'activity', filters: { changedTo: [`note=${CARD}`] } });
    const plain = await ask('activity/search', { family: 'activity', filters: { clientId: [CARD] } });
    expect(refusalSentenceOf(pathValue as Parameters<typeof refusalSentenceOf>[0])).toBe(
      refusalSentenceOf(plain as Parameters<typeof refusalSentenceOf>[0]),
    );
  });

  it('an ordinary path=value filter still reads the logs and finds the change', async () => {
    reads.length = 0;
    const answer = await ask('activity/search', { family: 'activity', filters: { changedFrom: ['note=none'] } });
    expect(answer).toMatchObject({ ok: true, data: { rows: [{ id: 'edit-1' }] } });
    expect(reads.length).toBeGreaterThan(0);
  });
});
