import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import { generateDataset, summarizeDataset } from '../../../../src/main/demoData/generateDataset';
import type { Router } from '../../../../src/main/router/createRouter';
import { createChangeService } from '../../../../src/main/services/createChangeService';
import { createRiskService } from '../../../../src/main/services/createRiskService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { ChangeView, EntityHistory } from '../../../../src/shared/contract/changeChannels';
import type {
  BulkOperations,
  EditsBeforeWithdrawal,
  OffHoursEdits,
} from '../../../../src/shared/contract/riskChannels';
import type { Result } from '../../../../src/shared/contract/errors';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { FIXTURE_DATASET } from '../../support/fixtureDataset';
import { routerServing } from '../../support/routerServing';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const summary = summarizeDataset(FIXTURE_DATASET);
const sources: Record<string, LogSource> = {};
const routers: Record<string, Router> = {};

/** A risk officer's console over one source, every call through the router as the renderer makes it. */
function routerOver(source: LogSource): Router {
  const current = () => Promise.resolve(source);
  return routerServing({ ...createChangeService({ current }), ...createRiskService({ current }) }, () => ({
    id: 'it-risk',
    name: 'Risk Officer',
    role: 'riskOfficer',
    scope: null,
  }));
}

beforeAll(async () => {
  sources['cluster'] = (await openDevClusterSource(connection, { indexPatterns: fixture.patterns })).source;
  sources['embedded'] = await EmbeddedLogSource.fromDocuments(
    [...generateDataset(FIXTURE_DATASET)].map((item) => item.doc),
  );
  for (const [name, source] of Object.entries(sources)) routers[name] = routerOver(source);
});

afterAll(async () => {
  for (const source of Object.values(sources)) await source.close();
});

async function call<T>(name: string, channel: string, payload: unknown): Promise<T> {
  const result = (await (routers[name] as Router).handle(channel, payload, { trusted: true })) as Result<T>;
  if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`);
  return result.data;
}

const answers: Record<string, Record<string, unknown>> = { cluster: {}, embedded: {} };

/** Each client's name as the fixture's operational logs give it. */
const clientNames = new Map<string, string>();
for (const { family, doc } of generateDataset(FIXTURE_DATASET)) {
  const client = (doc as { client?: { id: string; name: string } | null }).client;
  if (family === 'operational' && client?.name) clientNames.set(client.id, client.name);
}

/** Every row names its client as the operational logs do, and the fixture names most of them. */
function expectClientNames(rows: readonly { clientId: string; clientName: string | null }[]): void {
  expect(rows.filter((row) => row.clientName !== null).length).toBeGreaterThan(0);
  for (const row of rows) expect(row.clientName, row.clientId).toBe(clientNames.get(row.clientId) ?? null);
}

describe.each(['cluster', 'embedded'])('risk and change views (%s)', (name) => {
  it('finds exactly the planted edits before a withdrawal, the reverted ones first', async () => {
    const report = await call<EditsBeforeWithdrawal>(name, 'risk/editsBeforeWithdrawal', {});
    const planted = summary.risks.editsBeforeWithdrawal;
    expect(planted.length).toBeGreaterThan(2);
    expect(report.rows.map((row) => row.edit.eventId).sort()).toEqual(planted.map((plant) => plant.editId).sort());
    for (const row of report.rows) {
      const plant = planted.find((candidate) => candidate.editId === row.edit.eventId);
      expect(row).toMatchObject({ clientId: plant?.clientId, withdrawal: { eventId: plant?.withdrawalId } });
      expect(row.msBetween).toBe(plant?.msBefore);
      expect(row.revertedBy?.eventId ?? null).toBe(plant?.revertId);
      expect(row.edit.fields).toEqual([plant?.field]);
    }
    const reverted = planted.filter((plant) => plant.revertId).length;
    expect(report.rows.slice(0, reverted).every((row) => row.revertedBy)).toBe(true);
    expectClientNames(report.rows);
    answers[name] = { ...answers[name], withdrawal: report };
  });

  it('narrows the window: an edit further from the withdrawal than the hours drops out', async () => {
    const hours = 12;
    const report = await call<EditsBeforeWithdrawal>(name, 'risk/editsBeforeWithdrawal', { hours });
    const within = summary.risks.editsBeforeWithdrawal.filter((plant) => plant.msBefore <= hours * 3_600_000);
    expect(within.length).toBeGreaterThan(0);
    expect(within.length).toBeLessThan(summary.risks.editsBeforeWithdrawal.length);
    expect(report.rows.map((row) => row.edit.eventId).sort()).toEqual(within.map((plant) => plant.editId).sort());
  });

  it('finds exactly the planted off-hours edits', async () => {
    const report = await call<OffHoursEdits>(name, 'risk/offHours', {});
    const planted = summary.risks.offHoursEdits;
    expect(planted.length).toBeGreaterThan(0);
    expect(report.rows.map((row) => row.eventId).sort()).toEqual(planted.map((plant) => plant.eventId).sort());
    expectClientNames(report.rows);
    answers[name] = { ...answers[name], offHours: report };
  });

  it('lists every bulk operation over 100 clients, the planted ones among them, largest first', async () => {
    const report = await call<BulkOperations>(name, 'risk/bulkOperations', {});
    const large = Object.entries(summary.bulkOperations).filter(([, clients]) => clients >= 100);
    expect(report.rows.map((row) => [row.bulkId, row.clients]).sort()).toEqual(large.sort());
    for (const plant of summary.risks.largeBulkOperations)
      expect(report.rows.map((row) => row.bulkId)).toContain(plant.bulkId);
    const sizes = report.rows.map((row) => row.clients);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    answers[name] = { ...answers[name], bulk: report };
  });

  it('names the client of a change as the operational logs do', async () => {
    const planted = summary.risks.editsBeforeWithdrawal;
    const views = await Promise.all(
      planted.map((plant) => call<ChangeView>(name, 'changes/diff', { eventId: plant.editId })),
    );
    expectClientNames(views.map((view) => ({ clientId: view.event.clientId, clientName: view.clientName })));
  });

  it('shows the edit holding a planted IBAN as changed, value hidden, and no IBAN anywhere', async () => {
    const [before, after] = ['change.before.iban', 'change.after.iban'].map((field) =>
      fixture.violations.find((violation) => violation.field === field),
    );
    const view = await call<ChangeView>(name, 'changes/diff', { eventId: before?.docId });
    const ibanRow = view.comparison?.rows.find((row) => row.label === 'iban');
    expect(ibanRow).toMatchObject({ hidden: true, before: { text: null }, after: { text: null } });
    const target = view.event.change?.target;
    const history = await call<EntityHistory>(name, 'changes/history', {
      targetType: target?.type,
      targetId: target?.id,
    });
    expect(history.steps.map((step) => step.eventId)).toContain(before?.docId);
    for (const answer of [JSON.stringify(view), JSON.stringify(history)]) {
      expect(answer).not.toContain(before?.value);
      expect(answer).not.toContain(after?.value);
    }
  });

  it('says a deep link to an unknown event, entity or bulk operation finds nothing', async () => {
    const router = routers[name] as Router;
    for (const [channel, payload, field] of [
      ['changes/diff', { eventId: 'no-such-event' }, 'eventId'],
      ['changes/history', { targetType: 'client', targetId: 'no-such-client' }, 'targetId'],
      ['changes/bulk', { bulkId: 'no-such-bulk' }, 'bulkId'],
    ] as const) {
      const result = await router.handle(channel, payload, { trusted: true });
      expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', field });
      expect(result.ok ? '' : result.message).toMatch(/check the link/);
    }
  });

  it('says an entity type no edit is of is not one, naming the types edits are of', async () => {
    const router = routers[name] as Router;
    const unknown = await router.handle(
      'changes/history',
      { targetType: 'ab\u200Bc\u202Eevil', targetId: '🙂' },
      { trusted: true },
    );
    expect(unknown).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'targetType' });
    const message = unknown.ok ? '' : unknown.message;
    expect(message).toMatch(
      /^“ab⟨U\+200B⟩c⟨U\+202E⟩evil” is not an entity type of any edit in the log you can see; the types edited there are .*\bclient\b.*\. Check the entity type in the link, or the data source it came from\.$/,
    );
    // A known type with an unknown id is said as before: only the id is wrong.
    const known = await router.handle(
      'changes/history',
      { targetType: 'client', targetId: 'no-such-client' },
      { trusted: true },
    );
    expect(known).toMatchObject({
      ok: false,
      field: 'targetId',
      message: expect.stringMatching(/^No edits of client/),
    });
  });
});

it('gives the same risk lists on both engines', () => {
  expect(answers['embedded']).toEqual(answers['cluster']);
});
