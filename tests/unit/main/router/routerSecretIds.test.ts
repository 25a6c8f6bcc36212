import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createChangeService } from '../../../../src/main/services/createChangeService';
import { createClientService } from '../../../../src/main/services/createClientService';
import { createLogService } from '../../../../src/main/services/createLogService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { Operator } from '../../../../src/shared/domain/roles';
import { activityEvent, operationalLog } from '../sources/embedded/sampleLogs';
import { managerEdit } from './managerEdit';
import { watched } from './watchedSource';
import { refusingHandlers } from './refusingHandlers';

/**
 * The hostile reading of ids and filter values that hold a secret: a producer logged a card number as a
 * client's id and a JWT as an event's id. A renderer that guesses such a value, as a client id, an event
 * or entity id, or a filter value, must learn nothing: the router refuses it before anything is read, with
 * the same answer whether the guess is in the logs or not, and the answer never repeats it.
 */

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
/** Guesses of the same shapes that no log holds. */
const OTHER_CARD = '5555 5555 5555 4444';
const OTHER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.xyz';

const risk: Operator = { id: 'r1', name: 'Rita', role: 'riskOfficer', scope: null };
const support: Operator = { id: 's1', name: 'Sue', role: 'supportLead', scope: null };

const documents = [
  operationalLog('op-1', 1, { client: { id: CARD, name: 'Carded client' } }),
  activityEvent(JWT, 2, { clientId: CARD }),
  managerEdit(3, { clientId: CARD, field: 'status', before: 'active', after: 'blocked' }),
];

let source: EmbeddedLogSource;
/** The source methods the services called. */
const reads: string[] = [];
let operator = risk;
let router: Router;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments(documents);
  const current = { current: () => Promise.resolve(watched(source, reads)) };
  const handlers = refusingHandlers({
    ...createLogService(current),
    ...createClientService(current),
    ...createChangeService(current),
  });
  router = createRouter({ handlers, currentOperator: () => operator, journal: { record: () => Promise.resolve() } });
});

afterAll(() => source.close());

/** [what is asked, who asks, channel, the request for a guess]. */
const REQUESTS: readonly (readonly [string, Operator, string, (guess: string) => object])[] = [
  [
    'a log search filtered on a client',
    risk,
    'logs/search',
    (g) => ({ family: 'operational', filters: { clientId: [g] } }),
  ],
  [
    'facets of logs without a client',
    risk,
    'logs/facets',
    (g) => ({ query: { family: 'operational', exclude: { clientId: [g] } }, fields: ['action'] }),
  ],
  [
    'an activity search filtered on a client',
    risk,
    'activity/search',
    (g) => ({ family: 'activity', filters: { clientId: [g] } }),
  ],
  [
    'a histogram filtered on a client',
    risk,
    'activity/histogram',
    (g) => ({ query: { family: 'activity', filters: { clientId: [g] } } }),
  ],
  ['a client page header', risk, 'clients/summary', (g) => ({ clientId: g })],
  ['a client page header for a role without activity', support, 'clients/summary', (g) => ({ clientId: g })],
  ['a client’s sessions', risk, 'clients/sessions', (g) => ({ clientId: g })],
  ['a client’s coverage', risk, 'clients/coverage', (g) => ({ clientId: g })],
  ['an entity’s edit history', risk, 'changes/history', (g) => ({ targetType: 'client', targetId: g })],
];

/** [the secret logged, a guess of its shape no log holds, what it looks like]. */
const SECRETS = [
  [CARD, OTHER_CARD, 'a card number'],
  [JWT, OTHER_JWT, 'a JWT'],
] as const;

async function ask(who: Operator, channel: string, request: object) {
  operator = who;
  return router.handle(channel, request, { trusted: true });
}

describe('ids and filter values holding a secret, asked through the router', () => {
  for (const [what, who, channel, request] of REQUESTS) {
    for (const [secret, guess, looksLike] of SECRETS) {
      it(`${what}: a guess of ${looksLike} is refused unread, logged or not`, async () => {
        reads.length = 0;
        const logged = await ask(who, channel, request(secret));
        const notLogged = await ask(who, channel, request(guess));
        expect(logged).toEqual(notLogged);
        expect(logged).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
        const message = logged.ok ? '' : logged.message;
        expect(message).toContain(`looks like ${looksLike}; secrets are never searched`);
        expect(message).not.toMatch(/1111|eyJ/);
        expect(reads).toEqual([]);
      });
    }
  }

  it('the change of an event whose id is a JWT is refused unread, logged or not', async () => {
    reads.length = 0;
    const logged = await ask(risk, 'changes/diff', { eventId: JWT });
    const notLogged = await ask(risk, 'changes/diff', { eventId: OTHER_JWT });
    expect(logged).toEqual(notLogged);
    expect(logged).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(logged.ok ? '' : logged.message).toContain('The id looks like a JWT; secrets are never searched');
    expect(reads).toEqual([]);
  });

  it('an ordinary id of the same logs is still read', async () => {
    const result = await ask(risk, 'changes/diff', { eventId: 'edit-1' });
    expect(result.ok).toBe(true);
  });
});
