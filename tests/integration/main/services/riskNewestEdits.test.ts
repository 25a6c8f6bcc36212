import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import { createRiskService } from '../../../../src/main/services/createRiskService';
import type { EditsBeforeWithdrawal, OffHoursEdits } from '../../../../src/shared/contract/riskChannels';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { WITHDRAWAL_EVENT } from '../../../../src/shared/domain/riskRules';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { emailEdit } from '../../support/emailEdit';
import { answered, routerServing } from '../../support/routerServing';
import { seedBothEngines } from '../../support/seedBothEngines';
import '../../support/providedContext';

/**
 * A risk view reads at most so many edits: past that it ranks the newest, which a risk officer needs most,
 * and says it left the oldest out. Here one manager edited at night on the first and the last day, and at
 * ten in the morning on each day between; each night edit came an hour before the client's withdrawal.
 */
const PATTERNS = { operational: 'it-risknewest-operational-*', activity: 'it-risknewest-activity-*' };
const INDEX = 'it-risknewest-activity-2026';
const OPERATIONAL_INDEX = 'it-risknewest-operational-2026';
const DAY_EDITS = 59;
/** All but the oldest edit. */
const CEILING = DAY_EDITS + 1;

const at = (day: number, hour: number) => new Date(Date.UTC(2026, 0, 1 + day, hour)).toISOString();

const withdrawal = (id: string, clientId: string, day: number, hour: number): ClientActivity => ({
  id,
  clientId,
  actorType: 'client',
  actorId: null,
  actorName: null,
  sourceApp: 'tradersroom',
  eventName: WITHDRAWAL_EVENT,
  message: 'Withdrawal submitted',
  metadata: { amount: 900, currency: 'EUR' },
  createdAt: at(day, hour),
  change: null,
});

const LAST_DAY = DAY_EDITS + 1;
const documents: ClientActivity[] = [
  emailEdit('e-night-first', 'c-first', at(0, 3)),
  withdrawal('w-first', 'c-first', 0, 4),
  ...Array.from({ length: DAY_EDITS }, (_, index) =>
    emailEdit(`e-day-${String(index).padStart(2, '0')}`, `c-day-${index}`, at(1 + index, 10)),
  ),
  emailEdit('e-night-last', 'c-last', at(LAST_DAY, 3)),
  withdrawal('w-last', 'c-last', LAST_DAY, 4),
];

const routers: Record<string, Router> = {};
const sources: LogSource[] = [];

beforeAll(async () => {
  const { cluster, embedded } = await seedBothEngines(inject('elasticsearch'), {
    patterns: PATTERNS,
    indices: { activity: { index: INDEX, documents }, operational: { index: OPERATIONAL_INDEX, documents: [] } },
  });
  sources.push(cluster, embedded);
  for (const [name, source] of [['cluster', cluster] as const, ['embedded', embedded] as const]) {
    const current = () => Promise.resolve(source);
    routers[name] = routerServing(createRiskService({ current }, Date.now, { maxEdits: CEILING }), () => ({
      id: 'it-risk',
      name: 'Risk Officer',
      role: 'riskOfficer',
      scope: null,
    }));
  }
}, 120_000);

afterAll(async () => {
  for (const source of sources) await source.close();
});

const call = <T>(engine: string, channel: string, payload: unknown): Promise<T> =>
  answered<T>(routers[engine] as Router, channel, payload);

describe.each(['cluster', 'embedded'])('risk views past the most edits they read (%s)', (engine) => {
  it('pairs the newest edits with their withdrawals and leaves out the oldest', async () => {
    const report = await call<EditsBeforeWithdrawal>(engine, 'risk/editsBeforeWithdrawal', { hours: 2 });
    expect(report.rows.map((row) => [row.edit.eventId, row.withdrawal.eventId])).toEqual([['e-night-last', 'w-last']]);
    expect([report.edits, report.truncated]).toEqual([CEILING, true]);
  });

  it('learns usual hours from the newest edits and ranks the newest edit outside them', async () => {
    const report = await call<OffHoursEdits>(engine, 'risk/offHours', {});
    expect(report.rows.map((row) => [row.eventId, row.hourUtc])).toEqual([['e-night-last', 3]]);
    expect(report.managers).toEqual([
      { actorId: 'm1', actorName: 'Mara Manager', edits: CEILING, usualHoursUtc: [8, 9, 10, 11, 12] },
    ]);
    expect([report.edits, report.truncated]).toEqual([CEILING, true]);
  });
});
