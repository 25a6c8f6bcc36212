import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWithdrawalsAfter } from '../../../../src/main/changes/risk/readWithdrawalsAfter';
import type { Router } from '../../../../src/main/router/createRouter';
import { createRiskService, MAX_RISK_EDITS } from '../../../../src/main/services/createRiskService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { EditsBeforeWithdrawal } from '../../../../src/shared/contract/riskChannels';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { WITHDRAWAL_EVENT } from '../../../../src/shared/domain/riskRules';
import { answered, routerServing } from '../../../integration/support/routerServing';
import { managerEdit } from '../changes/activityEvent';

const START_MS = Date.UTC(2026, 2, 2);
const at = (ms: number) => new Date(START_MS + ms).toISOString();
const MINUTE_MS = 60_000;

/** Manager m-1 changed the client's email `ms` after the logs' start. */
const emailEdit = (id: string, clientId: string, ms: number) =>
  managerEdit(
    {
      changedFields: ['email'],
      before: { email: 'a@x.example' },
      after: { email: 'b@x.example' },
      target: { type: 'client', id: clientId },
    },
    { id, clientId, createdAt: at(ms) },
  );

const withdrawal = (id: string, clientId: string, ms: number): ClientActivity => ({
  ...managerEdit({}, { id, clientId, createdAt: at(ms), change: null }),
  actorType: 'client',
  actorId: null,
  actorName: null,
  eventName: WITHDRAWAL_EVENT,
  metadata: { amount: 100, currency: 'EUR' },
});

/**
 * A busy client withdrew more often than a risk view reads edits, all before a quiet client's one
 * withdrawal: the quiet client's withdrawal is read too, and only the withdrawals an edit pairs with are kept.
 */
const busy = Array.from({ length: MAX_RISK_EDITS }, (_, index) =>
  withdrawal(`w-busy-${String(index).padStart(5, '0')}`, 'c-busy', 30 * MINUTE_MS + index * 10),
);
const documents = [
  emailEdit('e-busy', 'c-busy', 0),
  ...busy,
  emailEdit('e-quiet', 'c-quiet', 120 * MINUTE_MS),
  withdrawal('w-quiet', 'c-quiet', 180 * MINUTE_MS),
  // Two at one instant: the pairing chooses between them, so both are kept.
  emailEdit('e-twin', 'c-twin', 0),
  withdrawal('w-twin-b', 'c-twin', 60 * MINUTE_MS),
  withdrawal('w-twin-a', 'c-twin', 60 * MINUTE_MS),
  withdrawal('w-twin-later', 'c-twin', 90 * MINUTE_MS),
  // The first withdrawal after this edit comes past the hours asked about.
  emailEdit('e-late', 'c-late', 0),
  withdrawal('w-late', 'c-late', 180 * MINUTE_MS),
];

let source: EmbeddedLogSource;
let router: Router;

beforeAll(async () => {
  source = await EmbeddedLogSource.fromDocuments(documents);
  const current = { current: () => Promise.resolve(source) };
  router = routerServing(createRiskService(current), () => ({
    id: 'r1',
    name: 'Rita',
    role: 'riskOfficer',
    scope: null,
  }));
}, 60_000);

afterAll(() => source.close());

describe('the withdrawals edits are paired with', () => {
  it('are all read, however many the clients of one query made', async () => {
    const report = await answered<EditsBeforeWithdrawal>(router, 'risk/editsBeforeWithdrawal', { hours: 2 });
    expect(report.rows.map((row) => [row.edit.eventId, row.withdrawal.eventId, row.msBetween])).toEqual([
      ['e-busy', 'w-busy-00000', 30 * MINUTE_MS],
      ['e-quiet', 'w-quiet', 60 * MINUTE_MS],
      ['e-twin', 'w-twin-a', 60 * MINUTE_MS],
    ]);
    expect([report.edits, report.truncated]).toEqual([4, false]);
  }, 60_000);

  it('keep only those that are the first after an edit within the hours', async () => {
    const edits = documents.filter((doc) => doc.change !== null);
    const kept = await readWithdrawalsAfter(source, edits, 2, {});
    expect(kept.map((row) => row.id).sort()).toEqual(['w-busy-00000', 'w-quiet', 'w-twin-a', 'w-twin-b']);
  }, 60_000);
});
