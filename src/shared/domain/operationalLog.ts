import { z } from 'zod';

/** Operations the CRM logs in its CRUD (operational) log family. */
export const OPERATIONAL_ACTIONS = ['get', 'create', 'update', 'updateMany', 'webhook', 'delete', 'clone'] as const;
export type OperationalAction = (typeof OPERATIONAL_ACTIONS)[number];

/** internal: resolvers and system jobs; external: Open API and webhooks. */
export const LOG_ORIGINS = ['internal', 'external'] as const;
export type LogOrigin = (typeof LOG_ORIGINS)[number];

export const LOG_STATUSES = ['info', 'error'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

/** Where the request came from (customer-logs technical field). */
export const REQUEST_SOURCES = ['UI', 'API'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const PartyRef = z.object({ id: z.string().min(1), name: z.string() });
export type PartyRef = z.infer<typeof PartyRef>;

/** The third-party token that acted: its identification only, never the secret. */
export const ApiTokenRef = z.object({ id: z.string().min(1), name: z.string() });
export type ApiTokenRef = z.infer<typeof ApiTokenRef>;

export const OperationalLog = z.object({
  id: z.string().min(1),
  created: z.iso.datetime({ offset: true }),
  action: z.enum(OPERATIONAL_ACTIONS),
  description: z.string(),
  client: PartyRef.nullable(),
  employee: PartyRef.nullable(),
  api: ApiTokenRef.nullable(),
  businessModel: z.string().min(1),
  subModel: z.string().nullable(),
  origin: z.enum(LOG_ORIGINS),
  status: z.enum(LOG_STATUSES),
  error: z.string().nullable(),
  relatedOperation: z.string().nullable(),
  impactedTable: z.string().nullable(),
  source: z.enum(REQUEST_SOURCES),
  appInstance: z.string(),
  requestPath: z.string(),
});
export type OperationalLog = z.infer<typeof OperationalLog>;

/** Business models and the sub models that belong to each (from the CRM's module list). */
export const BUSINESS_MODELS: Readonly<Record<string, readonly string[]>> = {
  Desks: ['Teams', 'Assignments'],
  Projects: ['Settings', 'Domains', 'Integrations'],
  Clients: ['Accounts', 'Wallets', 'Banks', 'Cards', 'Documents', 'Notes', 'Tickets'],
  Businesses: ['Currencies', 'Payment Providers', 'Fees'],
  Settings: ['Texts', 'Languages', 'Roles', 'Email Templates'],
  'Client Area': ['Deposits', 'Withdrawals', 'Profile', 'Declarations'],
  Transactions: ['Deposits', 'Withdrawals', 'Transfers'],
  Employees: ['Permissions', 'Sessions'],
};
