import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../src/main/cases/CaseStore';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createCaseService } from '../../../../src/main/services/createCaseService';
import { createSettingsService } from '../../../../src/main/services/createSettingsService';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { Result } from '../../../../src/shared/contract/errors';
import type { InvestigationCase } from '../../../../src/shared/domain/investigationCase';
import type { Operator } from '../../../../src/shared/domain/roles';
import { Settings } from '../../../../src/shared/domain/settings';
import { recordedHandlers } from './recordedHandlers';
import { refusingHandlers } from './refusingHandlers';

/**
 * The hostile reading of the requests that keep what they are given: a case's fields, a starred event
 * (its id, summary and note), a pinned query's label, and the clients an operator's scope names. A
 * renderer that sends a card number or a JWT in any of them must get nothing kept: the router refuses it
 * before the service is reached, in a sentence that never repeats it, with the same answer for any
 * secret of that shape, and neither the journal nor any file on disk holds it.
 */

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
const OTHER_CARD = '5555 5555 5555 4444';
const OTHER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.xyz';
/** What any part of either secret gives away: more than a card's last four, or a JWT's header. */
const GIVES_AWAY = /4111 ?1111|5555 ?5555|eyJ/;

const investigator: Operator = { id: 'i1', name: 'Ivy', role: 'investigator', scope: null };
const admin: Operator = { id: 'a1', name: 'Ada', role: 'admin', scope: null };

let dir = '';
let router: Router;
let caseId = '';
let operator = investigator;
let settings = Settings.parse({});
const handled: string[] = [];
const journaled: JournalRecord[] = [];

async function ask(who: Operator, channel: string, request: object): Promise<Result<unknown>> {
  operator = who;
  return router.handle(channel, request, { trusted: true });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secret-keeping-'));
  const services = refusingHandlers({
    ...createCaseService(new CaseStore(join(dir, 'cases'))),
    ...createSettingsService({
      current: () => settings,
      apply: (next) => Promise.resolve(void (settings = next)),
      secrets: new MemorySecretStore(),
    }),
  });
  const handlers = recordedHandlers(services, handled);
  const journal = { record: (line: JournalRecord) => Promise.resolve(void journaled.push(line)) };
  router = createRouter({ handlers, currentOperator: () => operator, journal });
  const created = await ask(investigator, 'cases/create', { title: 'Card client', purpose: 'Who used the card' });
  caseId = created.ok ? (created.data as InvestigationCase).id : '';
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every case file on disk, as written. */
async function caseFiles(): Promise<string> {
  const folder = join(dir, 'cases');
  const names = await readdir(folder);
  return (await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')))).join('\n');
}

const star = (fields: object) => ({ caseId, family: 'activity', recordId: 'ev-1', summary: 'A login', ...fields });
const scoped = (clientIds: string[]) => ({
  operators: [{ id: 'sam', name: 'Sam', role: 'supportLead', scope: { clientIds: ['c1', ...clientIds] } }],
  defaultRole: 'admin',
});

/** What the refusal says of a card number and of a JWT. */
type Says = readonly [card: string, jwt: string];
const AN_ID: Says = ['looks like a card number; secrets are never kept', 'looks like a JWT; secrets are never kept'];
const TYPED: Says = [
  'holds what looks like a card number ending',
  'holds what looks like an access token; secrets are never sent or kept',
];

/** [what is kept, who asks, channel, the request for a secret, what the refusal says]. */
const REQUESTS: readonly (readonly [string, Operator, string, (secret: string) => object, Says])[] = [
  ['a starred event’s id', investigator, 'cases/star', (s) => star({ recordId: s }), AN_ID],
  ['a starred event’s summary', investigator, 'cases/star', (s) => star({ summary: `Paid with ${s}` }), AN_ID],
  ['a starred event’s note', investigator, 'cases/star', (s) => star({ note: `Paid with ${s}` }), TYPED],
  [
    'an edited star’s note',
    investigator,
    'cases/editStarNote',
    (s) => ({ caseId, starId: '00000000-0000-4000-8000-000000000001', note: `Paid with ${s}` }),
    TYPED,
  ],
  ['a new case’s title', investigator, 'cases/create', (s) => ({ title: `On ${s}`, purpose: 'A review' }), TYPED],
  ['a new case’s purpose', investigator, 'cases/create', (s) => ({ title: 'Review', purpose: `Who used ${s}` }), TYPED],
  [
    'an edited case’s reference',
    investigator,
    'cases/edit',
    (s) => ({ caseId, title: 'Card client', purpose: 'Who used the card', reference: s }),
    TYPED,
  ],
  [
    'a pinned query’s label',
    investigator,
    'cases/pin',
    (s) => ({ caseId, label: `Client ${s}`, query: { family: 'operational' } }),
    TYPED,
  ],
  ['a client id in an operator’s scope', admin, 'settings/operators/save', (s) => scoped([s]), AN_ID],
];

const SECRETS = [
  [CARD, OTHER_CARD, 0],
  [JWT, OTHER_JWT, 1],
] as const;

describe('requests that keep a secret, asked through the router', () => {
  for (const [what, who, channel, request, says] of REQUESTS) {
    for (const [secret, other, kind] of SECRETS) {
      it(`${what} holding ${kind === 0 ? 'a card number' : 'a JWT'} is refused and nothing of it is kept`, async () => {
        handled.length = 0;
        journaled.length = 0;
        const [filesBefore, settingsBefore] = [await caseFiles(), settings];
        const refused = await ask(who, channel, request(secret));
        const again = await ask(who, channel, request(other));
        expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
        const message = refused.ok ? '' : refused.message;
        expect(message).toContain(says[kind]);
        expect(message).not.toMatch(GIVES_AWAY);
        if (says === AN_ID) expect(again).toEqual(refused);
        expect(handled).toEqual([]);
        expect(journaled.map((line) => (line.kind === 'call' ? [line.channel, line.outcome] : line.kind))).toEqual([
          [channel, 'refused'],
          [channel, 'refused'],
        ]);
        expect(JSON.stringify(journaled)).not.toMatch(GIVES_AWAY);
        expect(await caseFiles()).toBe(filesBefore);
        expect(settings).toBe(settingsBefore);
      });
    }
  }

  it('an event with an ordinary id, summary and note is still starred', async () => {
    const kept = await ask(investigator, 'cases/star', star({ recordId: 'ev-2', note: 'Card ending 1111' }));
    expect(kept).toMatchObject({
      ok: true,
      data: { case: { starred: expect.arrayContaining([expect.objectContaining({ recordId: 'ev-2' })]) } },
    });
  });

  it('an operator scoped to ordinary client ids is still saved', async () => {
    const saved = await ask(admin, 'settings/operators/save', scoped(['c2']));
    expect(saved).toMatchObject({ ok: true, data: { operators: [{ id: 'sam', scope: { clientIds: ['c1', 'c2'] } }] } });
  });
});
