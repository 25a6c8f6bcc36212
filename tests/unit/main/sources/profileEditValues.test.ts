import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapActivityHit } from '../../../../src/main/sources/elasticsearch/mapHitToRow';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { LogPage } from '../../../../src/shared/query/logSource';
import type { Router } from '../../../../src/main/router/createRouter';
import { renderer } from '../../../integration/support/oracleAttack';
import { activityEvent } from './embedded/sampleLogs';

/**
 * A client profile edit shows the names of the changed fields only (the CRM's rule): a producer that
 * logged the values anyway, in the metadata or as a before and after, must not have them read back.
 */
const OLD_EMAIL = 'ann.lee@old-mail.example';
const NEW_EMAIL = 'ann.lee@new-mail.example';
const NEW_PHONE = '+44 7700 900123';

const careless: ClientActivity = activityEvent('profile-1', 5, {
  eventName: 'client.profile_edited',
  message: 'Client edited profile: email, phone',
  metadata: {
    sessionId: 's-1',
    changedFields: ['email', 'phone'],
    email: NEW_EMAIL,
    values: { phone: { from: '+44 7700 900000', to: NEW_PHONE } },
  },
  change: {
    actionType: 'update',
    target: { type: 'client', id: 'c1' },
    changedFields: ['email'],
    before: { email: OLD_EMAIL },
    after: { email: NEW_EMAIL, phone: NEW_PHONE },
    bulkId: null,
    bulkSize: null,
  },
});

const namesOnly = {
  ...careless,
  metadata: { changedFields: ['email', 'phone'], sessionId: 's-1' },
  change: { ...careless.change, changedFields: ['email', 'phone'], before: {}, after: {} },
};

const login = activityEvent('login-1', 4);

function expectNoValue(value: unknown): void {
  const written = JSON.stringify(value);
  for (const secret of [OLD_EMAIL, NEW_EMAIL, NEW_PHONE, '+44 7700 900000']) expect(written).not.toContain(secret);
}

let source: EmbeddedLogSource;
let router: Router;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments([careless, login]);
  router = renderer(source);
});

afterAll(() => source.close());

describe('a profile edit whose producer logged the values', () => {
  it('leaves main through the embedded store with the changed field names only', async () => {
    const result = await router.handle('activity/search', { family: 'activity' }, { trusted: true });
    if (!result.ok) throw new Error(`activity/search refused: ${result.message}`);
    const page = result.data as LogPage;
    expect(page.rows.find((row) => row.id === 'profile-1')).toEqual(namesOnly);
    // Any other event keeps what it logged.
    expect(page.rows.find((row) => row.id === 'login-1')).toEqual(login);
    expectNoValue(page);
  });

  it('is read from the cluster with the changed field names only', () => {
    const row = mapActivityHit(
      { _index: 'crm-client-activity-2026.10', _source: careless },
      { operational: {}, activity: {} },
    );
    expect(row).toEqual(namesOnly);
    expectNoValue(row);
  });

  it('keeps its names when it logged them in the metadata alone', () => {
    const plain = {
      ...careless,
      change: null,
      metadata: { sessionId: 's-2', changedFields: ['address'], address: '1 Main St' },
    };
    const row = mapActivityHit({ _index: 'i', _source: plain }, { operational: {}, activity: {} });
    expect(row).toEqual({
      ...plain,
      message: 'Client edited profile: address',
      metadata: { changedFields: ['address'], sessionId: 's-2' },
    });
  });
});
