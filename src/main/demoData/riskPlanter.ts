import type { ClientActivity, ManagerChange } from '../../shared/domain/clientActivity';
import { WITHDRAWAL_EVENT } from '../../shared/domain/riskRules';
import { OFFICE_UTC_OFFSET_HOURS, sampleOfficeMoment } from './datasetRhythm';
import { logOperation } from './logOperation';
import { alternativeValue, clientEdit } from './managerEdits';
import { RISK_LEVELS, type SeedClient, type SeedManager } from './population';
import type { SeedContext } from './seedContext';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A planted bulk operation changes this share of the clients registered by then. */
const LARGE_BULK_SHARE = 0.5;
/**
 * Profile fields planted edits may change: none that natural bulk jobs choose clients by, so the
 * natural documents draw as many random numbers as they did without plants.
 */
const UNBULKED_FIELDS = ['riskLevel', 'kycStatus', 'accountType'] as const;

/** A manager's edit of a financial or contact field, planted shortly before the client's next withdrawal. */
export interface PlantedEditBeforeWithdrawal {
  readonly editId: string;
  readonly withdrawalId: string;
  readonly clientId: string;
  readonly field: string;
  /** From the edit to the withdrawal. */
  readonly msBefore: number;
  /** The edit that set the field back after the withdrawal, if one was planted. */
  readonly revertId: string | null;
}

/** A large planted bulk operation, and the clients whose change differs from the rest of it. */
export interface PlantedBulkOperation {
  readonly bulkId: string;
  readonly outlierClientIds: readonly string[];
}

/** Every risk pattern the generator planted, exactly: what the risk views must find. */
export interface PlantedRisks {
  readonly editsBeforeWithdrawal: readonly PlantedEditBeforeWithdrawal[];
  /** Edits made in the small hours, when no manager otherwise works. */
  readonly offHoursEdits: readonly { readonly eventId: string; readonly managerId: string }[];
  readonly largeBulkOperations: readonly PlantedBulkOperation[];
}

/** Financial and contact fields a planted edit changes, with a way to make a new value. */
const FIELDS: ReadonlyArray<readonly [string, (ctx: SeedContext, client: SeedClient) => string]> = [
  [
    'email',
    (ctx, client) => `${client.name.toLowerCase().replace(/[^a-z]+/g, '.')}.${ctx.random.int(2, 99)}@mail.example`,
  ],
  ['bankAccount', (ctx) => `•••• ${ctx.random.int(1000, 9999)}`],
  ['withdrawalMethod', (ctx) => ctx.random.pick(['bank_transfer', 'card', 'crypto', 'e-wallet'])],
  ['withdrawalLimit', (ctx) => String(ctx.random.pick([1_000, 2_500, 5_000, 10_000, 25_000, 50_000]))],
];

function managerOf(ctx: SeedContext, client: SeedClient): SeedManager {
  return (
    ctx.population.managers.find((manager) => manager.id === client.profile.assignedManagerId) ??
    ctx.random.pick(ctx.population.managers)
  );
}

function editEvent(ctx: SeedContext, atMs: number, manager: SeedManager, client: SeedClient, change: ManagerChange) {
  const fields = change.changedFields.join(', ');
  const doc = ctx.sink.activity(atMs, {
    clientId: client.id,
    actorType: 'manager',
    actorId: manager.id,
    actorName: manager.name,
    sourceApp: 'crm',
    eventName: change.bulkId ? 'manager.bulk_operation' : 'manager.client_edited',
    message: change.bulkId
      ? `${manager.name} changed ${fields} of ${change.bulkSize ?? 0} clients`
      : `${manager.name} changed ${fields}`,
    metadata: { managerRole: manager.role, desk: manager.desk },
    change,
  });
  if (doc && !change.bulkId) {
    logOperation(ctx, atMs + ctx.random.int(20, 200), {
      channel: 'crm',
      action: 'update',
      description: `Client updated: ${fields}`,
      businessModel: 'Clients',
      subModel: 'Accounts',
      client,
      employee: manager,
      relatedOperation: 'updateClient',
      impactedTable: 'clients',
    });
  }
  return doc;
}

function update(client: SeedClient, before: Record<string, unknown>, after: Record<string, unknown>): ManagerChange {
  return {
    actionType: 'update',
    target: { type: 'client', id: client.id },
    changedFields: Object.keys(after),
    before,
    after,
    bulkId: null,
    bulkSize: null,
  };
}

/**
 * Plants the patterns the risk views look for, a known number of each, from random streams and ids of
 * its own so the rest of the dataset stays as it was: edits of financial or contact fields a few hours
 * before the client's withdrawal (every other one set back afterwards), edits in the small hours, and
 * bulk operations over half the clients. Runs once per generated day, before that day's documents leave
 * the sink, so it can see the day's withdrawals and still write before them (back to the previous day).
 */
export class RiskPlanter {
  private readonly editsBeforeWithdrawal: PlantedEditBeforeWithdrawal[] = [];
  private readonly offHoursEdits: { eventId: string; managerId: string }[] = [];
  private readonly largeBulkOperations: PlantedBulkOperation[] = [];
  /** The planted fields' current values per client: they exist only in planted edits. */
  private readonly plantedValues = new Map<string, Map<string, string>>();
  private readonly planted = new Set<string>();

  constructor(
    private readonly ctx: SeedContext,
    private readonly days: number,
  ) {}

  get manifest(): PlantedRisks {
    return {
      editsBeforeWithdrawal: [...this.editsBeforeWithdrawal],
      offHoursEdits: [...this.offHoursEdits],
      largeBulkOperations: [...this.largeBulkOperations],
    };
  }

  plantDay(day: number, dayStartMs: number, pending: readonly ClientActivity[]): void {
    if (day % 5 === 3) this.plantEditBeforeWithdrawal(dayStartMs, pending);
    if (day % 7 === 4) this.plantOffHoursEdit(dayStartMs);
    const third = Math.max(1, Math.floor(this.days / 3));
    if (day > 0 && day % third === 0 && day < this.days - 1) this.plantLargeBulk(dayStartMs);
  }

  private plantEditBeforeWithdrawal(dayStartMs: number, pending: readonly ClientActivity[]): void {
    const { ctx } = this;
    const withdrawals = pending.filter(
      (event) =>
        event.eventName === WITHDRAWAL_EVENT &&
        Date.parse(event.createdAt) >= dayStartMs &&
        !this.planted.has(event.clientId),
    );
    if (withdrawals.length === 0) return;
    const chosen = ctx.random.pick(withdrawals);
    const client = ctx.population.clients.find((candidate) => candidate.id === chosen.clientId);
    if (!client) return;
    const withdrawalMs = Date.parse(chosen.createdAt);
    // An office moment of this day or the one before, at least an hour before the withdrawal.
    let editMs = Number.NaN;
    for (let attempt = 0; attempt < 20 && !(editMs <= withdrawalMs - HOUR_MS); attempt++) {
      editMs = sampleOfficeMoment(ctx.random, dayStartMs - ctx.random.int(0, 1) * DAY_MS);
    }
    if (!(editMs <= withdrawalMs - HOUR_MS) || editMs <= client.registeredAtMs) return;
    const first = pending
      .filter((event) => event.clientId === client.id && event.eventName === WITHDRAWAL_EVENT)
      .filter((event) => Date.parse(event.createdAt) > editMs)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0];
    if (!first) return;
    const [field, newValue] = ctx.random.pick(FIELDS);
    const values = this.plantedValues.get(client.id) ?? new Map<string, string>();
    const before = values.get(field) ?? newValue(ctx, client);
    let after = newValue(ctx, client);
    while (after === before) after = newValue(ctx, client);
    const manager = managerOf(ctx, client);
    const edit = editEvent(ctx, editMs, manager, client, update(client, { [field]: before }, { [field]: after }));
    if (!edit) return;
    values.set(field, after);
    this.plantedValues.set(client.id, values);
    this.planted.add(client.id);
    const firstMs = Date.parse(first.createdAt);
    let revertId: string | null = null;
    if (this.editsBeforeWithdrawal.length % 2 === 1) {
      // Office hours of the next day: after the withdrawal, which is at the latest 03:00 UTC that day.
      const revertMs = sampleOfficeMoment(ctx.random, dayStartMs + DAY_MS);
      const revert = editEvent(ctx, revertMs, manager, client, update(client, { [field]: after }, { [field]: before }));
      if (revert) {
        values.set(field, before);
        revertId = revert.id;
      }
    }
    this.editsBeforeWithdrawal.push({
      editId: edit.id,
      withdrawalId: first.id,
      clientId: client.id,
      field,
      msBefore: firstMs - editMs,
      revertId,
    });
  }

  /** An ordinary edit between 03:00 and 05:59 office time, when managers are never otherwise at work. */
  private plantOffHoursEdit(dayStartMs: number): void {
    const { ctx } = this;
    const atMs = dayStartMs + (3 - OFFICE_UTC_OFFSET_HOURS) * HOUR_MS + ctx.random.int(0, 3 * HOUR_MS - 1);
    const client = ctx.random.pick(ctx.population.clients);
    if (client.registeredAtMs >= atMs) return;
    const manager = ctx.random.pick(ctx.population.managers);
    const edit = clientEdit(ctx, client, 1, ctx.random.pick(UNBULKED_FIELDS));
    const doc = editEvent(ctx, atMs, manager, client, update(client, edit.before, edit.after));
    if (doc) this.offHoursEdits.push({ eventId: doc.id, managerId: manager.id });
  }

  /** A re-rating of risk over half the clients; two of them get another level than the rest. */
  private plantLargeBulk(dayStartMs: number): void {
    const { ctx } = this;
    let atMs = sampleOfficeMoment(ctx.random, dayStartMs);
    const eligible = ctx.population.clients.filter((client) => client.registeredAtMs < atMs);
    const wanted = Math.floor(eligible.length * LARGE_BULK_SHARE);
    const target = alternativeValue(ctx, 'riskLevel', undefined);
    const affected = eligible.filter((client) => client.profile.riskLevel !== target).slice(0, wanted);
    if (affected.length < 3) return;
    const manager = ctx.random.pick(ctx.population.managers);
    const bulk = { id: ctx.ids.next(atMs), size: affected.length };
    const outliers = new Set([affected[1]?.id, affected[affected.length - 2]?.id]);
    for (const client of affected) {
      atMs += ctx.random.int(15, 120);
      const level = outliers.has(client.id) ? otherLevel(target, client.profile.riskLevel) : target;
      const change: ManagerChange = {
        ...update(client, { riskLevel: client.profile.riskLevel }, { riskLevel: level }),
        actionType: 'bulkUpdate',
        bulkId: bulk.id,
        bulkSize: bulk.size,
      };
      if (editEvent(ctx, atMs, manager, client, change)) client.profile.riskLevel = level;
    }
    logOperation(ctx, atMs + ctx.random.int(50, 500), {
      channel: 'crm',
      action: 'updateMany',
      description: `Bulk update of ${bulk.size} clients: riskLevel`,
      businessModel: 'Clients',
      subModel: 'Accounts',
      employee: manager,
      relatedOperation: 'bulkUpdateClients',
      impactedTable: 'clients',
    });
    this.largeBulkOperations.push({
      bulkId: bulk.id,
      outlierClientIds: [...outliers].filter((id) => id !== undefined),
    });
  }
}

/** The risk level that is neither the bulk's target nor the client's own. */
function otherLevel(target: string, current: string): string {
  return RISK_LEVELS.find((level) => level !== target && level !== current) ?? current;
}
