import { BUSINESS_MODELS, type OperationalAction } from '../../shared/domain/operationalLog';
import { officeDayFactor, sampleOfficeMoment } from './datasetRhythm';
import { logOperation } from './logOperation';
import type { SeedApiToken, SeedManager } from './population';
import { internalErrorString, providerErrorString } from './providerErrors';
import { weightTable } from './seededRandom';
import type { SeedContext } from './seedContext';

const HOUR_MS = 3_600_000;
const CLIENTS_PER_REPORT_PAGE = 100;
const CLONEABLE = new Set([
  'Settings/Email Templates',
  'Settings/Texts',
  'Settings/Roles',
  'Projects/Settings',
  'Businesses/Fees',
]);
const CLIENT_OWNED = new Set(['Clients', 'Transactions']);

interface ConfigTarget {
  readonly businessModel: string;
  readonly subModel: string;
}

/** Every business model / sub model pair, so back-office traffic touches every module. */
const CONFIG_TARGETS = weightTable<ConfigTarget>(
  Object.entries(BUSINESS_MODELS).flatMap(([businessModel, subModels]) =>
    subModels.map((subModel) => [{ businessModel, subModel }, businessModel === 'Settings' ? 3 : 1] as const),
  ),
);

const PAST: Readonly<Record<OperationalAction, string>> = {
  get: 'Read',
  create: 'Created',
  update: 'Updated',
  updateMany: 'Updated many',
  webhook: 'Notified',
  delete: 'Deleted',
  clone: 'Cloned',
};

function table(target: ConfigTarget): string {
  return `${target.businessModel}_${target.subModel}`.toLowerCase().replace(/ /g, '_');
}

/** An employee changing configuration or client records in the CRM back office. */
function staffOperation(ctx: SeedContext, employee: SeedManager, atMs: number): void {
  const { random, population } = ctx;
  const target = random.weighted(CONFIG_TARGETS);
  const key = `${target.businessModel}/${target.subModel}`;
  const roll = random.next();
  const action: OperationalAction =
    CLONEABLE.has(key) && roll < 0.12 ? 'clone' : roll < 0.6 ? 'update' : roll < 0.85 ? 'create' : 'delete';
  const failed = random.chance(0.02);
  const client = CLIENT_OWNED.has(target.businessModel) ? random.pick(population.clients) : null;
  const operation = `${action}${target.subModel.replace(/ /g, '')}`;
  logOperation(ctx, atMs, {
    channel: 'crm',
    action,
    description: failed
      ? `${PAST[action]} ${target.subModel} record failed`
      : `${PAST[action]} ${target.subModel} record`,
    businessModel: target.businessModel,
    subModel: target.subModel,
    client: client && client.registeredAtMs < atMs ? client : null,
    employee,
    error: failed ? internalErrorString(random, operation) : null,
    relatedOperation: operation,
    impactedTable: table(target),
  });
}

/** Third parties through the Open API: hourly report pulls, affiliate lookups, wallet sync. */
function apiTraffic(ctx: SeedContext, dayStartMs: number): void {
  const { random, population } = ctx;
  const token = (purpose: SeedApiToken['purpose']) =>
    population.apiTokens.find((candidate) => candidate.purpose === purpose) ?? null;
  const reporting = token('reporting');
  const pages = 1 + Math.floor(population.clients.length / CLIENTS_PER_REPORT_PAGE);
  for (let hour = 0; hour < 24; hour++) {
    let t = dayStartMs + hour * HOUR_MS + random.int(60_000, 300_000);
    for (let page = 1; page <= pages; page++) {
      t += random.int(150, 2_000);
      logOperation(ctx, t, {
        channel: 'openApi',
        action: 'get',
        description: `Open API: clients page ${page}`,
        businessModel: 'Clients',
        subModel: 'Accounts',
        api: reporting,
        relatedOperation: 'openApi.listClients',
        impactedTable: 'clients',
        requestPath: `/open-api/v1/clients?page=${page}&limit=${CLIENTS_PER_REPORT_PAGE}`,
      });
    }
    logOperation(ctx, t + random.int(150, 2_000), {
      channel: 'openApi',
      action: 'get',
      description: 'Open API: deposits since last export',
      businessModel: 'Transactions',
      subModel: 'Deposits',
      api: reporting,
      relatedOperation: 'openApi.listTransactions',
      impactedTable: 'transactions',
      requestPath: '/open-api/v1/transactions?type=deposit',
    });
  }
  const clients = population.clients;
  const lookups = random.poisson(clients.length * 0.15);
  for (let i = 0; i < lookups; i++) {
    const client = random.pick(clients);
    const t = dayStartMs + random.int(0, 24 * HOUR_MS - 1);
    if (client.registeredAtMs >= t) continue;
    const update = random.chance(0.25);
    logOperation(ctx, t, {
      channel: 'openApi',
      action: update ? 'update' : 'get',
      description: update ? 'Open API: lead status updated' : 'Open API: client looked up',
      businessModel: 'Clients',
      subModel: 'Accounts',
      client,
      api: token('affiliate'),
      relatedOperation: update ? 'openApi.updateClient' : 'openApi.getClient',
      impactedTable: 'clients',
      requestPath: `/open-api/v1/clients/${client.id}`,
    });
  }
  const syncs = random.poisson(clients.length * 0.15);
  for (let i = 0; i < syncs; i++) {
    const client = random.pick(clients);
    const t = dayStartMs + random.int(0, 24 * HOUR_MS - 1);
    if (client.registeredAtMs >= t) continue;
    const failed = random.chance(0.03);
    logOperation(ctx, t, {
      channel: 'openApi',
      action: 'update',
      description: failed ? 'Wallet balance sync failed' : 'Wallet balance synchronised',
      businessModel: 'Clients',
      subModel: 'Wallets',
      client,
      api: token('sync'),
      error: failed ? providerErrorString(random, 'Ledger', ctx.ids.next(t)) : null,
      relatedOperation: 'openApi.syncWallet',
      impactedTable: 'wallets',
      requestPath: `/open-api/v1/clients/${client.id}/wallets`,
    });
  }
}

/** Scheduled jobs of the CRM itself: no client, employee or token acted. */
function systemJobs(ctx: SeedContext, dayStartMs: number): void {
  const { random } = ctx;
  logOperation(ctx, dayStartMs + HOUR_MS + random.int(0, 600_000), {
    channel: 'worker',
    action: 'updateMany',
    description: 'Dormant status recalculated',
    businessModel: 'Clients',
    subModel: 'Accounts',
    relatedOperation: 'recalculateDormancy',
    impactedTable: 'clients',
  });
  for (let hour = 0; hour < 24; hour += 6) {
    const failed = random.chance(0.05);
    logOperation(ctx, dayStartMs + hour * HOUR_MS + random.int(0, 120_000), {
      channel: 'worker',
      action: 'update',
      description: failed ? 'Exchange rates refresh failed' : 'Exchange rates refreshed',
      businessModel: 'Businesses',
      subModel: 'Currencies',
      error: failed ? internalErrorString(random, 'refreshExchangeRates') : null,
      relatedOperation: 'refreshExchangeRates',
      impactedTable: 'businesses_currencies',
    });
  }
  for (let hour = 0; hour < 24; hour++) {
    logOperation(ctx, dayStartMs + hour * HOUR_MS + random.int(0, 60_000), {
      channel: 'worker',
      action: 'delete',
      description: 'Expired employee sessions purged',
      businessModel: 'Employees',
      subModel: 'Sessions',
      relatedOperation: 'purgeExpiredSessions',
      impactedTable: 'employee_sessions',
    });
  }
}

/** Back-office, Open API and scheduled traffic of one UTC day. */
export function generateBackgroundDay(ctx: SeedContext, dayStartMs: number): void {
  const factor = officeDayFactor(dayStartMs);
  for (const employee of ctx.population.employees) {
    const count = ctx.random.poisson((employee.role === 'admin' ? 12 : 1.5) * factor);
    for (let i = 0; i < count; i++) staffOperation(ctx, employee, sampleOfficeMoment(ctx.random, dayStartMs));
  }
  apiTraffic(ctx, dayStartMs);
  systemJobs(ctx, dayStartMs);
}
