import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../src/main/cases/CaseStore';
import { BundleSignerSource } from '../../../../src/main/export/signing/bundleKey';
import { ClusterJournalMirror } from '../../../../src/main/journal/ClusterJournalMirror';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { PreferencesStore } from '../../../../src/main/preferences/PreferencesStore';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createCaseService } from '../../../../src/main/services/createCaseService';
import { createClientService } from '../../../../src/main/services/createClientService';
import { createExportService } from '../../../../src/main/services/createExportService';
import { createJournalService } from '../../../../src/main/services/createJournalService';
import { createLogService } from '../../../../src/main/services/createLogService';
import { createPreferenceService } from '../../../../src/main/services/createPreferenceService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { refusalSentenceOf, type Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import { activityEvent, operationalLog } from '../sources/embedded/sampleLogs';
import { managerEdit } from './managerEdit';
import { recordedHandlers } from './recordedHandlers';
import { watched } from './watchedSource';
import { refusingHandlers } from './refusingHandlers';

/**
 * The hostile reading of the requests that export, bundle, pin, save or look up in the journal a query or
 * a client id: a producer logged a card number as a client's id and a JWT as a manager's, and the journal
 * names both. A renderer that guesses such a value must learn nothing and keep nothing: the router refuses
 * it before any service or source is reached, in the sentence a search of it gets, with the same answer
 * whether the guess is planted or not, and the journal line of the refusal never holds it.
 */

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
/** Guesses of the same shapes that nothing holds. */
const OTHER_CARD = '5555 5555 5555 4444';
const OTHER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.xyz';
/** What any part of a planted or guessed secret gives away. */
const ANY_SECRET_PART = /1111|4444|eyJ/;

const auditor: Operator = { id: 'a1', name: 'Ada', role: 'auditor', scope: null };
const investigator: Operator = { id: 'i1', name: 'Ivy', role: 'investigator', scope: null };

const documents = [
  operationalLog('op-1', 1, { client: { id: CARD, name: 'Carded client' }, employee: { id: JWT, name: 'Tok' } }),
  activityEvent('act-1', 2, { clientId: CARD, actorType: 'manager', actorId: JWT }),
  operationalLog('op-2', 3),
  managerEdit(4, { clientId: 'c1', field: 'note', before: 'none', after: CARD }),
];

let dir = '';
let source: EmbeddedLogSource;
let router: Router;
let caseId = '';
let operator = auditor;
/** The source methods and the handlers reached, in order. */
const reads: string[] = [];
const handled: string[] = [];
const journaled: JournalRecord[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secret-requests-'));
  source = await EmbeddedLogSource.fromDocuments(documents);
  const journalFile = join(dir, 'journal.ndjson');
  // The journal names the planted client and manager: a look-up of either would find this line.
  await new FileJournal(journalFile).record({
    at: '2024-03-01T00:05:00.000Z',
    kind: 'call',
    operatorId: 'x1',
    operatorName: 'Xavier',
    role: 'auditor',
    channel: 'clients/summary',
    outcome: 'ok',
    request: { clientId: 'seen' },
    clientIds: [CARD, JWT],
  });
  const current = { current: () => Promise.resolve(watched(source, reads)) };
  const keyStore = { read: () => Promise.resolve(undefined), write: () => Promise.resolve() };
  const services = refusingHandlers({
    ...createLogService(current),
    ...createClientService(current),
    ...createExportService({
      dataSources: current,
      signer: new BundleSignerSource(keyStore),
      console: { name: 'Audit Console', version: 'test' },
      timeZone: () => 'UTC',
    }),
    ...createJournalService({
      cluster: () => null,
      journalFile,
      mirror: new ClusterJournalMirror(() => null, 'test'),
    }),
    ...createCaseService(new CaseStore(join(dir, 'cases'))),
    ...createPreferenceService(new PreferencesStore(join(dir, 'preferences'))),
  });
  const handlers = recordedHandlers(services, handled);
  const journal = { record: (line: JournalRecord) => Promise.resolve(void journaled.push(line)) };
  router = createRouter({ handlers, currentOperator: () => operator, journal });
  const created = await ask(auditor, 'cases/create', { title: 'Card client', purpose: 'Who used the card' });
  caseId = created.ok ? (created.data as { id: string }).id : '';
});

afterAll(async () => {
  await source.close();
  await rm(dir, { recursive: true, force: true });
});

async function ask(who: Operator, channel: string, request: object): Promise<Result<unknown>> {
  operator = who;
  return router.handle(channel, request, { trusted: true });
}

const clientQuery = (guess: string) => ({ family: 'operational', filters: { clientId: [guess] } });
const exportTarget = () => ({ directory: dir, fileName: 'out.ndjson' });
const purpose = 'Review of a complaint';
const JOB = '6f1c1c2e-58f4-4c55-9a4e-0f1f1d1d1d1d';

/** Which search's refusal a request's must say in the same words: of a filter value, or of a client page's id. */
type SameAs = 'filter' | 'client' | null;

/** [what is asked, who asks, channel, the request for a guess, the search whose refusal it must say]. */
const REQUESTS: readonly (readonly [string, Operator, string, (guess: string) => object, SameAs])[] = [
  [
    'an export preview of a client',
    auditor,
    'export/preview',
    (g) => ({ format: 'csv', queries: [clientQuery(g)] }),
    'filter',
  ],
  [
    'an export preview without a manager, as its second query',
    auditor,
    'export/preview',
    (g) => ({ format: 'ndjson', queries: [{ family: 'activity' }, { family: 'activity', exclude: { actorId: [g] } }] }),
    'filter',
  ],
  [
    'an export of a client',
    auditor,
    'export/start',
    (g) => ({ jobId: JOB, format: 'ndjson', queries: [clientQuery(g)], target: exportTarget(), purpose }),
    'filter',
  ],
  [
    'a bundle of a client',
    investigator,
    'bundle/start',
    (g) => ({ jobId: JOB, queries: [clientQuery(g)], target: { directory: dir, fileName: 'out.acbundle' }, purpose }),
    'filter',
  ],
  [
    'a query of a client pinned to a case',
    auditor,
    'cases/pin',
    (g) => ({ caseId, label: 'The client', query: clientQuery(g), view: 'client' }),
    'filter',
  ],
  [
    'a view of a client saved',
    auditor,
    'views/save',
    (g) => ({ name: 'The client', grid: 'operational', query: clientQuery(g), columns: [] }),
    'filter',
  ],
  ['the journal searched for a client', auditor, 'journal/search', (g) => ({ clientId: g }), 'client'],
  ['who looked at a client', auditor, 'journal/clientViewers', (g) => ({ clientId: g }), 'client'],
  ['the journal searched for an operator', auditor, 'journal/search', (g) => ({ operator: g }), null],
  ['the journal searched for a channel', auditor, 'journal/search', (g) => ({ channel: g }), null],
  ['a client looked up by the text typed', auditor, 'clients/find', (g) => ({ text: g }), null],
];

/** [the secret planted, a guess of its shape nothing holds, what it looks like]. */
const SECRETS = [
  [CARD, OTHER_CARD, 'a card number'],
  [JWT, OTHER_JWT, 'a JWT'],
] as const;

/** The sentence a search of the guess gets: as a filter value, or as a client page's id. */
async function searchRefusal(kind: SameAs, guess: string): Promise<string | null> {
  if (kind === null) return null;
  const answer =
    kind === 'filter'
      ? await ask(auditor, 'logs/search', clientQuery(guess))
      : await ask(auditor, 'clients/summary', { clientId: guess });
  return answer.ok ? '' : refusalSentenceOf(answer);
}

describe('requests that export, keep or look up a secret, asked through the router', () => {
  for (const [what, who, channel, request, kind] of REQUESTS) {
    for (const [secret, guess, looksLike] of SECRETS) {
      it(`${what}: a guess of ${looksLike} is refused before anything is reached, planted or not`, async () => {
        const sentence = await searchRefusal(kind, guess);
        reads.length = 0;
        handled.length = 0;
        journaled.length = 0;
        const planted = await ask(who, channel, request(secret));
        const absent = await ask(who, channel, request(guess));
        expect(planted).toEqual(absent);
        expect(planted).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
        const message = planted.ok ? '' : planted.message;
        expect(message).toContain(`looks like ${looksLike}; secrets are never searched`);
        if (sentence !== null) expect(planted.ok ? '' : refusalSentenceOf(planted)).toBe(sentence);
        expect(message).not.toMatch(ANY_SECRET_PART);
        expect(handled).toEqual([]);
        expect(reads).toEqual([]);
        expect(journaled.map((line) => (line.kind === 'call' ? [line.channel, line.outcome] : line.kind))).toEqual([
          [channel, 'refused'],
          [channel, 'refused'],
        ]);
        expect(JSON.stringify(journaled)).not.toMatch(ANY_SECRET_PART);
      });
    }
  }

  it('a lookup by a piece of a planted id finds nothing, as one by a piece of a guess', async () => {
    const planted = await ask(auditor, 'clients/find', { text: CARD.slice(0, 9) });
    const absent = await ask(auditor, 'clients/find', { text: OTHER_CARD.slice(0, 9) });
    expect(planted).toEqual({ ok: true, data: [] });
    expect(absent).toEqual(planted);
  });

  it('a lookup by an ordinary name still finds the client', async () => {
    const found = await ask(auditor, 'clients/find', { text: 'Alice' });
    expect(found).toMatchObject({ ok: true, data: [{ id: 'c1', name: 'Alice Martin' }] });
  });

  it('a changed-to filter whose value holds a secret is refused in the sentence of any filter value', async () => {
    const changedTo = (guess: string) => ({ family: 'activity', filters: { changedTo: [`note=${guess}`] } });
    const planted = await ask(auditor, 'activity/search', changedTo(CARD));
    const absent = await ask(auditor, 'activity/search', changedTo(OTHER_CARD));
    expect(planted).toEqual(absent);
    expect(planted).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'filters.changedTo' });
    expect(planted.ok ? '' : refusalSentenceOf(planted)).toBe(await searchRefusal('filter', OTHER_CARD));
  });

  it('an export preview of an ordinary client still reads the logs', async () => {
    reads.length = 0;
    const answer = await ask(auditor, 'export/preview', { format: 'csv', queries: [clientQuery('c1')] });
    expect(answer).toMatchObject({ ok: true, data: { totalRows: 1 } });
    expect(reads.length).toBeGreaterThan(0);
  });

  it('the journal searched for an ordinary client still answers', async () => {
    const answer = await ask(auditor, 'journal/search', { clientId: 'c1' });
    expect(answer).toMatchObject({ ok: true, data: { entries: [] } });
  });
});
