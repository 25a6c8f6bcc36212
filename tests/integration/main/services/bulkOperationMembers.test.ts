import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import { createChangeService, type ChangeServiceOptions } from '../../../../src/main/services/createChangeService';
import { createRiskService } from '../../../../src/main/services/createRiskService';
import type { BulkChangeSet } from '../../../../src/shared/contract/changeChannels';
import type { BulkOperations } from '../../../../src/shared/contract/riskChannels';
import type { ClientActivity, ManagerActionType } from '../../../../src/shared/domain/clientActivity';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { seedBothEngines } from '../../support/seedBothEngines';
import { answered, routerServing } from '../../support/routerServing';
import '../../support/providedContext';

/**
 * The CRM logs "bulk operations affecting the client" as manager events carrying the operation's bulk
 * id, but not every producer marks each member `bulkUpdate`: a bulk job that creates a note on every
 * client logs `create`, one that logs members as plain updates logs `update`, and a scheduled job logs
 * them as the system. An operation is everything its bulk id names: the Risk page's list and the
 * operation's own page count the same clients for it, on both engines.
 */
const PATTERNS = { operational: 'it-bulkmembers-operational-*', activity: 'it-bulkmembers-activity-*' };
const INDEX = 'it-bulkmembers-activity-2026';
/** No operational logs: the clients go unnamed, and the operation's page still opens. */
const OPERATIONAL_INDEX = 'it-bulkmembers-operational-2026';

interface Member {
  readonly bulkId: string;
  readonly clientId: string;
  readonly actionType: ManagerActionType;
  readonly actor?: 'manager' | 'system';
}

const at = (index: number) => new Date(Date.UTC(2026, 9, 1, 10, 0, index)).toISOString();

function event({ bulkId, clientId, actionType, actor = 'manager' }: Member, index: number): ClientActivity {
  const note = actionType === 'create';
  return {
    id: `${bulkId}-${index}`,
    clientId,
    actorType: actor,
    actorId: actor === 'manager' ? 'm1' : null,
    actorName: actor === 'manager' ? 'Mia Manager' : null,
    sourceApp: 'crm',
    eventName: 'manager.bulk_operation',
    message: note ? 'Note created for many clients' : 'Desk changed for many clients',
    metadata: {},
    createdAt: at(index),
    change: {
      actionType,
      target: note ? { type: 'note', id: `n-${bulkId}-${index}` } : { type: 'client', id: clientId },
      changedFields: note ? ['text'] : ['desk'],
      before: note ? {} : { desk: 'Sales' },
      after: note ? { text: 'Fee schedule changes on 1 November' } : { desk: 'VIP' },
      bulkId,
      bulkSize: 3,
    },
  };
}

const members = (bulkId: string, types: readonly ManagerActionType[], actor?: 'manager' | 'system') =>
  types.map((actionType, index): Member => ({ bulkId, clientId: `${bulkId}-c${index}`, actionType, actor }));

/** Members over clients `${bulkId}-c<n>`, one event per number listed: a number listed twice is a retried member. */
const retried = (bulkId: string, clients: readonly number[]) =>
  clients.map((client): Member => ({ bulkId, clientId: `${bulkId}-c${client}`, actionType: 'bulkUpdate' }));
const sixty = Array.from({ length: 60 }, (_, index) => index);

/** The same event acted by another person. */
const actedBy = (doc: ClientActivity, actorId: string, actorName: string): ClientActivity => ({
  ...doc,
  actorId,
  actorName,
});
/** 60 events on one client: Mia Manager logged the first 50, Noor Night the last 10, past the ceiling. */
const handover = retried('handover', Array<number>(60).fill(0))
  .map(event)
  .map((doc, index) => (index < 50 ? doc : actedBy(doc, 'm2', 'Noor Night')));
/** 53 events on one client, each by another person: more people than a facet lists. */
const crowd = retried('crowd', Array<number>(53).fill(0))
  .map(event)
  .map((doc, index) => {
    const n = String(index).padStart(2, '0');
    return actedBy(doc, `p${n}`, `Person ${n}`);
  });

const documents: ClientActivity[] = [
  // Every member logged as the bulk update it is.
  ...members('marked', ['bulkUpdate', 'bulkUpdate', 'bulkUpdate']),
  // One member marked, two logged as plain updates.
  ...members('mixed', ['bulkUpdate', 'update', 'update']),
  // A note created on three clients at once.
  ...members('notes', ['create', 'create', 'create']),
  // A scheduled job, logged as the system.
  ...members('scheduled', ['bulkUpdate', 'bulkUpdate', 'bulkUpdate'], 'system'),
  // Three events over two clients: one member retried.
  ...retried('retried', [0, 1, 1]),
  // 120 events over 60 clients, each logged twice: more repeated clients than a facet lists.
  ...retried('twice', [...sixty, ...sixty]),
]
  .map(event)
  .concat(handover, crowd)
  // Each its own time, as the CRM logs them.
  .map((doc, index) => ({ ...doc, id: `${doc.change?.bulkId}-${index}`, createdAt: at(index) }));

const routers: Record<string, Router> = {};
const sources: LogSource[] = [];

/** A bulk operation's page reads at most this many of its events here, so that 'twice' is larger than that. */
const LOW_CEILING = 50;

function riskOfficerOver(source: LogSource, changes: ChangeServiceOptions = {}): Router {
  const current = () => Promise.resolve(source);
  return routerServing({ ...createChangeService({ current }, changes), ...createRiskService({ current }) }, () => ({
    id: 'it-risk',
    name: 'Risk Officer',
    role: 'riskOfficer',
    scope: null,
  }));
}

beforeAll(async () => {
  const { cluster, embedded } = await seedBothEngines(inject('elasticsearch'), {
    patterns: PATTERNS,
    indices: { activity: { index: INDEX, documents }, operational: { index: OPERATIONAL_INDEX, documents: [] } },
  });
  sources.push(cluster, embedded);
  routers['cluster'] = riskOfficerOver(cluster);
  routers['embedded'] = riskOfficerOver(embedded);
  routers['cluster, low ceiling'] = riskOfficerOver(cluster, { maxBulkEvents: LOW_CEILING });
  routers['embedded, low ceiling'] = riskOfficerOver(embedded, { maxBulkEvents: LOW_CEILING });
}, 120_000);

afterAll(async () => {
  for (const source of sources) await source.close();
});

const call = <T>(engine: string, channel: string, payload: unknown): Promise<T> =>
  answered<T>(routers[engine] as Router, channel, payload);

describe.each(['cluster', 'embedded'])(
  'a bulk operation whose members are not all marked bulkUpdate (%s)',
  (engine) => {
    it('is listed on the Risk page with every client its bulk id names', async () => {
      const report = await call<BulkOperations>(engine, 'risk/bulkOperations', { minClients: 3 });
      expect(report.rows.map((row) => [row.bulkId, row.clients]).sort()).toEqual([
        ['marked', 3],
        ['mixed', 3],
        ['notes', 3],
        ['scheduled', 3],
        ['twice', 60],
      ]);
      const scheduled = report.rows.find((row) => row.bulkId === 'scheduled');
      expect([scheduled?.actorId, scheduled?.actorName]).toEqual([null, null]);
    });

    it('counts as many clients on the Risk page as on its own page', async () => {
      const report = await call<BulkOperations>(engine, 'risk/bulkOperations', { minClients: 2 });
      expect(report.rows.map((row) => [row.bulkId, row.clients])).toEqual([
        ['twice', 60],
        ['marked', 3],
        ['mixed', 3],
        ['notes', 3],
        ['scheduled', 3],
        ['retried', 2],
      ]);
      for (const row of report.rows) {
        const set = await call<BulkChangeSet>(engine, 'changes/bulk', { bulkId: row.bulkId });
        expect([row.bulkId, row.clients]).toEqual([row.bulkId, set.clients]);
      }
    });
  },
);

describe('a bulk operation larger than its page reads, on both engines', () => {
  it('names the same people on the cluster as on the embedded store', async () => {
    for (const bulkId of ['handover', 'crowd', 'twice']) {
      const [cluster, embedded] = await Promise.all(
        ['cluster, low ceiling', 'embedded, low ceiling'].map((engine) =>
          call<BulkChangeSet>(engine, 'changes/bulk', { bulkId }),
        ),
      );
      expect([bulkId, cluster?.actors, cluster?.otherActors, cluster?.notes]).toEqual([
        bulkId,
        embedded?.actors,
        embedded?.otherActors,
        embedded?.notes,
      ]);
    }
  });
});

describe.each(['cluster', 'embedded'])('a bulk operation larger than its page reads (%s)', (engine) => {
  it('names the clients and events of the whole operation, as the Risk page does, and says it listed only the first', async () => {
    const report = await call<BulkOperations>(`${engine}, low ceiling`, 'risk/bulkOperations', { minClients: 2 });
    const listed = report.rows.find((row) => row.bulkId === 'twice');
    const set = await call<BulkChangeSet>(`${engine}, low ceiling`, 'changes/bulk', { bulkId: 'twice' });
    // Its first 50 events name 50 of its clients; all 120 name 60.
    expect([listed?.clients, set.clients, set.events]).toEqual([60, 60, 120]);
    expect([set.truncated, set.members.length]).toEqual([true, LOW_CEILING]);
    const times = documents.filter((doc) => doc.change?.bulkId === 'twice').map((doc) => doc.createdAt);
    expect([set.startedAt, set.endedAt]).toEqual([times[0], times.at(-1)]);
    // A note drawn from the events read says so; the declared size is compared with every client.
    expect(set.notes).toEqual([
      'Its events say it changed 3 clients, but 60 are in the log.',
      'Its 120 events name 60 clients: some clients appear in it more than once.',
    ]);
  });

  it('names everyone who acted in the whole operation, those past its ceiling too', async () => {
    const set = await call<BulkChangeSet>(`${engine}, low ceiling`, 'changes/bulk', { bulkId: 'handover' });
    expect([set.truncated, set.events]).toEqual([true, 60]);
    expect([set.actors, set.otherActors]).toEqual([
      [
        { id: 'm1', name: 'Mia Manager', events: 50 },
        { id: 'm2', name: 'Noor Night', events: 10 },
      ],
      0,
    ]);
    expect(set.notes).toContain('2 different people appear as its actor.');
  });

  it('names as many people as a facet lists and counts the others, as it does with every event read', async () => {
    const whole = await call<BulkChangeSet>(engine, 'changes/bulk', { bulkId: 'crowd' });
    const set = await call<BulkChangeSet>(`${engine}, low ceiling`, 'changes/bulk', { bulkId: 'crowd' });
    expect([whole.truncated, set.truncated, set.otherActors, set.actors.length]).toEqual([false, true, 3, 50]);
    // Each acted once: a facet lists them by id, so the first 50 ids are named, each with their own name.
    expect(whole.actors[0]).toEqual({ id: 'p00', name: 'Person 00', events: 1 });
    expect(set.actors).toEqual(whole.actors.slice(0, 50));
    expect(set.notes).toContain('53 different people appear as its actor.');
    expect(whole.notes).toContain('53 different people appear as its actor.');
  });

  it('reads a bulk operation no larger than its ceiling whole, saying nothing is left out', async () => {
    const set = await call<BulkChangeSet>(`${engine}, low ceiling`, 'changes/bulk', { bulkId: 'retried' });
    expect([set.truncated, set.events, set.clients, set.members.length]).toEqual([false, 3, 2, 3]);
  });
});
