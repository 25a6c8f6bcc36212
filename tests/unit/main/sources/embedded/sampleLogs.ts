import type { ClientActivity } from '../../../../../src/shared/domain/clientActivity';
import type { OperationalLog } from '../../../../../src/shared/domain/operationalLog';

/** 2024-03-01T00:00:00Z: the sample logs are minutes after it. */
export const BASE_MS = Date.parse('2024-03-01T00:00:00.000Z');
export const MINUTE_MS = 60_000;

export const at = (minutes: number): string => new Date(BASE_MS + minutes * MINUTE_MS).toISOString();

export function operationalLog(id: string, minutes: number, overrides: Partial<OperationalLog> = {}): OperationalLog {
  return {
    id,
    created: at(minutes),
    action: 'update',
    description: 'Updated the wallet',
    client: { id: 'c1', name: 'Alice Martin' },
    employee: { id: 'e1', name: 'Bob Stone' },
    api: null,
    businessModel: 'Clients',
    subModel: 'Wallets',
    origin: 'internal',
    status: 'info',
    error: null,
    relatedOperation: null,
    impactedTable: 'wallets',
    source: 'UI',
    appInstance: 'crm-1',
    requestPath: '/graphql',
    ...overrides,
  };
}

export function activityEvent(id: string, minutes: number, overrides: Partial<ClientActivity> = {}): ClientActivity {
  return {
    id,
    clientId: 'c1',
    actorType: 'client',
    actorId: null,
    actorName: null,
    sourceApp: 'tradersroom',
    eventName: 'client.logged_in',
    message: 'Client logged in',
    metadata: { ip: '10.0.0.1' },
    createdAt: at(minutes),
    change: null,
    ...overrides,
  };
}

/** Ten operational logs with known values, for exact-answer tests. */
export function sampleOperationalLogs(): OperationalLog[] {
  return [
    operationalLog('op01', 1, {
      description: 'Sending transaction to Huntli',
      action: 'webhook',
      origin: 'external',
      source: 'API',
      employee: null,
      api: { id: 'tok1', name: 'Huntli hook' },
      businessModel: 'Transactions',
      subModel: 'Deposits',
    }),
    operationalLog('op02', 2, {
      description: 'Error while trying to send transaction to Huntli',
      action: 'webhook',
      origin: 'external',
      status: 'error',
      error: '{"code":"ETIMEDOUT","message":"Gateway timeout"}',
      source: 'API',
      employee: null,
      businessModel: 'Transactions',
      subModel: 'Deposits',
    }),
    operationalLog('op03', 3, {
      client: { id: 'c2', name: 'alfred Ng' },
      action: 'create',
      description: 'Created bank account',
      subModel: 'Banks',
    }),
    operationalLog('op04', 4, {
      client: { id: 'c2', name: 'alfred Ng' },
      action: 'delete',
      description: 'Deleted card',
      subModel: 'Cards',
    }),
    operationalLog('op05', 5, {
      client: null,
      employee: { id: 'e2', name: 'Carla Diaz' },
      businessModel: 'Settings',
      subModel: null,
      description: 'Changed email template',
      impactedTable: null,
    }),
    operationalLog('op06', 5, {
      client: { id: 'c3', name: 'Zoe Quinn' },
      action: 'get',
      description: 'Viewed wallet balance',
    }),
    operationalLog('op07', 7, {
      client: { id: 'c3', name: 'Zoe Quinn' },
      action: 'updateMany',
      description: 'Bulk-updated desks',
      businessModel: 'Desks',
      subModel: 'Teams',
    }),
    operationalLog('op08', 8, { action: 'clone', description: 'Cloned wallet settings' }),
    operationalLog('op09', 9, {
      employee: { id: 'e2', name: 'Carla Diaz' },
      description: 'Transactional e-mail sent',
      status: 'error',
      error: 'TypeError: cannot read wallet of undefined',
    }),
    operationalLog('op10', 10, {
      client: { id: 'c4', name: 'Émile Durand' },
      description: 'Wallet frozen after the review of Émile',
    }),
  ];
}

/** Six activity events: logins, a deposit, a manager edit within a bulk operation. */
export function sampleActivity(): ClientActivity[] {
  return [
    activityEvent('ev1', 1),
    activityEvent('ev2', 2, {
      eventName: 'client.deposit_submitted',
      message: 'Client submitted a deposit of 100 EUR',
      metadata: { amount: 100, currency: 'EUR' },
    }),
    activityEvent('ev3', 3, {
      clientId: 'c2',
      sourceApp: 'terminal',
      eventName: 'terminal.order_created',
      message: 'Order created EURUSD buy',
    }),
    activityEvent('ev4', 4, {
      actorType: 'manager',
      actorId: 'e1',
      actorName: 'Bob Stone',
      sourceApp: 'crm',
      eventName: 'manager.bulk_operation',
      message: 'Manager changed the desk of 2 clients',
      change: {
        actionType: 'bulkUpdate',
        target: { type: 'client', id: 'c1' },
        changedFields: ['desk'],
        before: { desk: 'EU' },
        after: { desk: 'UK' },
        bulkId: 'bulk-1',
        bulkSize: 2,
      },
    }),
    activityEvent('ev5', 5, {
      clientId: 'c2',
      actorType: 'system',
      sourceApp: 'crm',
      eventName: 'custom.unknown_event',
      message: 'Something the catalog does not know',
    }),
    activityEvent('ev6', 6, { eventName: 'client.logged_out', message: 'Client logged out' }),
  ];
}
