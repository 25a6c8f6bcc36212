import type { ManagerActionType, ManagerChange } from '../../shared/domain/clientActivity';
import { officeDayFactor, sampleOfficeMoment } from './datasetRhythm';
import { logOperation } from './logOperation';
import type { SeedClient, SeedManager } from './population';
import {
  alternativeValue,
  clientEdit,
  pickRelatedEntityUpdate,
  RELATED_ENTITY_KINDS,
  type ProfileEdit,
} from './managerEdits';
import type { SeedContext } from './seedContext';

/** Client visits per manager per working day. */
const VISITS_PER_MANAGER_DAY = 12;
const BULK_JOBS_PER_OFFICE_DAY = 0.6;

function change(
  actionType: ManagerActionType,
  type: string,
  id: string,
  edit?: ProfileEdit,
  bulk?: { id: string; size: number },
): ManagerChange {
  return {
    actionType,
    target: { type, id },
    changedFields: edit ? Object.keys(edit.after) : [],
    before: edit?.before ?? {},
    after: edit?.after ?? {},
    bulkId: bulk?.id ?? null,
    bulkSize: bulk?.size ?? null,
  };
}

function managerEvent(
  ctx: SeedContext,
  atMs: number,
  manager: SeedManager,
  client: SeedClient,
  eventName: string,
  message: string,
  metadata: Record<string, unknown>,
  managerChange: ManagerChange,
): void {
  ctx.sink.activity(atMs, {
    clientId: client.id,
    actorType: 'manager',
    actorId: manager.id,
    actorName: manager.name,
    sourceApp: 'crm',
    eventName,
    message,
    metadata: { managerRole: manager.role, desk: manager.desk, ...metadata },
    change: managerChange,
  });
}

function pickClient(ctx: SeedContext, atMs: number): SeedClient | undefined {
  const { population, random } = ctx;
  const client = random.chance(0.6) ? random.weighted(population.clientsByWeight) : random.pick(population.clients);
  return client.registeredAtMs < atMs ? client : undefined;
}

/** A manager opens a client and sometimes edits data or works on related entities. */
function visitClient(ctx: SeedContext, manager: SeedManager, atMs: number): void {
  const { random, ids } = ctx;
  const client = pickClient(ctx, atMs);
  if (!client) return;
  let t = atMs;
  const inNewTab = random.chance(0.2);
  managerEvent(
    ctx,
    t,
    manager,
    client,
    inNewTab ? 'manager.client_opened_new_tab' : 'manager.client_card_opened',
    `${manager.name} opened the client ${inNewTab ? 'in a new tab' : 'card'}`,
    { tab: random.pick(['profile', 'transactions', 'documents', 'notes', 'trading accounts']) },
    change('view', 'client', client.id),
  );
  if (random.chance(0.35)) {
    t += random.pauseMs(40_000);
    const edit = clientEdit(ctx, client, random.int(1, 3));
    const fields = Object.keys(edit.after);
    managerEvent(
      ctx,
      t,
      manager,
      client,
      'manager.client_edited',
      `${manager.name} changed ${fields.join(', ')}`,
      {},
      change('update', 'client', client.id, edit),
    );
    logOperation(ctx, t + random.int(20, 200), {
      channel: 'crm',
      action: 'update',
      description: `Client updated: ${fields.join(', ')}`,
      businessModel: 'Clients',
      subModel: 'Accounts',
      client,
      employee: manager,
      relatedOperation: 'updateClient',
      impactedTable: 'clients',
    });
  }
  if (random.chance(0.25)) {
    t += random.pauseMs(60_000);
    const kind = random.pick(RELATED_ENTITY_KINDS);
    const id = ids.next(t);
    const after = kind.initial(random);
    managerEvent(
      ctx,
      t,
      manager,
      client,
      'manager.entity_created',
      `${manager.name} created a ${kind.type}`,
      {},
      change('create', kind.type, id, { before: {}, after }),
    );
    logOperation(ctx, t + random.int(20, 200), {
      channel: 'crm',
      action: 'create',
      description: `${kind.label} created`,
      businessModel: 'Clients',
      subModel: kind.subModel,
      client,
      employee: manager,
      relatedOperation: `create${kind.label.replace(/ /g, '')}`,
      impactedTable: kind.table,
    });
    if (client.relatedEntities.length >= 6) client.relatedEntities.shift();
    client.relatedEntities.push({ type: kind.type, id, status: String(after.status ?? 'open') });
  }
  if (random.chance(0.2)) {
    const update = pickRelatedEntityUpdate(ctx, client);
    if (!update) return;
    t += random.pauseMs(60_000);
    managerEvent(
      ctx,
      t,
      manager,
      client,
      'manager.entity_updated',
      `${manager.name} updated ${update.kind.type} status to ${update.edit.after.status}`,
      {},
      change('update', update.kind.type, update.entity.id, update.edit),
    );
    logOperation(ctx, t + random.int(20, 200), {
      channel: 'crm',
      action: 'update',
      description: `${update.kind.label} updated: status`,
      businessModel: 'Clients',
      subModel: update.kind.subModel,
      client,
      employee: manager,
      relatedOperation: `update${update.kind.label.replace(/ /g, '')}`,
      impactedTable: update.kind.table,
    });
  }
}

/** One change applied to many clients at once; every client's event shares the bulk id. */
function runBulkJob(ctx: SeedContext, dayStartMs: number): void {
  const { random, population } = ctx;
  const atMs = sampleOfficeMoment(random, dayStartMs);
  const manager = random.pick(population.managers);
  const eligible = population.clients.filter((client) => client.registeredAtMs < atMs);
  if (eligible.length < 2) return;
  const wanted = Math.min(eligible.length, 5 + Math.floor(random.pareto(10, 1.4)), 400);
  const chosen = new Set<SeedClient>();
  while (chosen.size < wanted) chosen.add(random.pick(eligible));
  const field = random.pick(['desk', 'status', 'assignedManagerId', 'leverage'] as const);
  const target = alternativeValue(ctx, field, undefined);
  // Clients already holding the target value are not part of the change set.
  const affected = [...chosen].filter((client) => client.profile[field] !== target);
  if (affected.length === 0) return;
  const size = affected.length;
  const bulk = { id: ctx.ids.next(atMs), size };
  let t = atMs;
  for (const client of affected) {
    t += random.int(15, 120);
    const edit = { before: { [field]: client.profile[field] }, after: { [field]: target } };
    client.profile[field] = target;
    managerEvent(
      ctx,
      t,
      manager,
      client,
      'manager.bulk_operation',
      `${manager.name} changed ${field} of ${size} clients`,
      {},
      change('bulkUpdate', 'client', client.id, edit, bulk),
    );
  }
  const assignments = field === 'desk' || field === 'assignedManagerId';
  logOperation(ctx, t + random.int(50, 500), {
    channel: 'crm',
    action: 'updateMany',
    description: `Bulk update of ${size} clients: ${field}`,
    businessModel: assignments ? 'Desks' : 'Clients',
    subModel: assignments ? 'Assignments' : 'Accounts',
    employee: manager,
    relatedOperation: 'bulkUpdateClients',
    impactedTable: 'clients',
  });
}

/** Everything managers do to clients on one UTC day. */
export function generateManagerDay(ctx: SeedContext, dayStartMs: number): void {
  const factor = officeDayFactor(dayStartMs);
  for (const manager of ctx.population.managers) {
    const visits = ctx.random.poisson(VISITS_PER_MANAGER_DAY * factor);
    for (let i = 0; i < visits; i++) visitClient(ctx, manager, sampleOfficeMoment(ctx.random, dayStartMs));
  }
  const jobs = ctx.random.poisson(BULK_JOBS_PER_OFFICE_DAY * factor);
  for (let i = 0; i < jobs; i++) runBulkJob(ctx, dayStartMs);
}
