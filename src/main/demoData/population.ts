import type { ResolvedDatasetOptions } from './datasetOptions';
import type { ObjectIdFactory } from './objectIdFactory';
import { randomPersonName } from './personNames';
import { weightTable, type SeededRandom } from './seededRandom';

const DAY_MS = 86_400_000;

/** Editable, non-sensitive client attributes a manager changes (the diff viewer's subject). */
export interface ClientProfile {
  status: string;
  desk: string;
  leverage: string;
  riskLevel: string;
  kycStatus: string;
  accountType: string;
  assignedManagerId: string;
}

export interface OpenPosition {
  readonly positionId: string;
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
  readonly volume: number;
}

export interface RelatedEntity {
  readonly type: string;
  readonly id: string;
  status: string;
}

export interface SeedClient {
  readonly id: string;
  readonly name: string;
  readonly registeredAtMs: number;
  readonly registeredInWindow: boolean;
  /** Relative activity; heavy-tailed so a few clients produce much of the traffic. */
  readonly weight: number;
  readonly utcOffsetHours: number;
  readonly country: string;
  language: string;
  readonly currency: string;
  readonly trader: boolean;
  readonly viaAffiliate: boolean;
  readonly profile: ClientProfile;
  readonly openPositions: OpenPosition[];
  readonly pendingWithdrawals: string[];
  readonly openTickets: string[];
  readonly relatedEntities: RelatedEntity[];
  /** End of the client's last session, so sessions of one client never overlap. */
  busyUntilMs: number;
}

export interface SeedManager {
  readonly id: string;
  readonly name: string;
  readonly role: 'sales' | 'retention' | 'support' | 'compliance' | 'admin';
  readonly desk: string;
}

export interface SeedApiToken {
  readonly id: string;
  readonly name: string;
  readonly purpose: 'affiliate' | 'payments' | 'reporting' | 'sync';
}

export interface Population {
  readonly clients: readonly SeedClient[];
  /** Managers who work clients (Sessions tab actors); also CRM employees. */
  readonly managers: readonly SeedManager[];
  /** Every CRM employee: the managers plus back-office admins. */
  readonly employees: readonly SeedManager[];
  readonly apiTokens: readonly SeedApiToken[];
  /** Clients weighted by activity, for picking who a manager or a bulk job touches. */
  readonly clientsByWeight: ReturnType<typeof weightTable<SeedClient>>;
}

export const DESKS = ['Sales EN', 'Sales DE', 'Retention EN', 'Retention DE', 'VIP', 'Conversion ES'] as const;
export const CLIENT_STATUSES = ['new', 'contacted', 'qualified', 'funded', 'active', 'dormant'] as const;
export const LEVERAGES = ['1:30', '1:50', '1:100', '1:200', '1:500'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const KYC_STATUSES = ['pending', 'verified', 'rejected', 'expired'] as const;
export const ACCOUNT_TYPES = ['standard', 'pro', 'vip', 'islamic'] as const;
const FIRST_MANAGER_ROLES: readonly SeedManager['role'][] = ['sales', 'retention', 'support'] as const;

const LOCALES = weightTable<readonly [string, string, number]>([
  [['DE', 'de', 1], 14],
  [['GB', 'en', 0], 12],
  [['ES', 'es', 1], 8],
  [['IT', 'it', 1], 7],
  [['PL', 'pl', 1], 5],
  [['FR', 'fr', 1], 6],
  [['NL', 'nl', 1], 4],
  [['CY', 'el', 2], 3],
  [['TR', 'tr', 3], 5],
  [['AE', 'ar', 4], 6],
  [['ZA', 'en', 2], 5],
  [['BR', 'pt', -3], 6],
  [['TH', 'th', 7], 3],
  [['MY', 'ms', 8], 4],
]);

const API_TOKENS: ReadonlyArray<Omit<SeedApiToken, 'id'>> = [
  { name: 'LeadsHub affiliate API', purpose: 'affiliate' },
  { name: 'Huntli payments callback', purpose: 'payments' },
  { name: 'BI reporting export', purpose: 'reporting' },
  { name: 'Back-office sync', purpose: 'sync' },
];

export function createPopulation(
  random: SeededRandom,
  ids: ObjectIdFactory,
  options: ResolvedDatasetOptions,
): Population {
  const setupMs = options.startMs - 400 * DAY_MS;
  const managerCount = Math.min(300, Math.max(3, Math.round(options.clients / 35)));
  const managers: SeedManager[] = [];
  const roles = weightTable<SeedManager['role']>([
    ['sales', 5],
    ['retention', 3],
    ['support', 2],
    ['compliance', 1],
  ]);
  // The first three managers cover the busiest roles, so even a tiny dataset has each of them.
  for (let i = 0; i < managerCount; i++) {
    managers.push({
      id: ids.next(setupMs + i * 60_000),
      name: randomPersonName(random),
      role: FIRST_MANAGER_ROLES[i] ?? random.weighted(roles),
      desk: random.pick(DESKS),
    });
  }
  const admins: SeedManager[] = [];
  for (let i = 0; i < Math.max(2, Math.round(managerCount / 4)); i++) {
    admins.push({
      id: ids.next(setupMs + DAY_MS + i * 60_000),
      name: randomPersonName(random),
      role: 'admin',
      desk: 'Back office',
    });
  }
  const apiTokens = API_TOKENS.map((token, i) => ({ ...token, id: ids.next(setupMs + 2 * DAY_MS + i * 60_000) }));

  const clients: SeedClient[] = [];
  for (let i = 0; i < options.clients; i++) {
    // The first client always registers inside the window so even tiny datasets show a registration.
    const inWindow = i === 0 || random.chance(0.12);
    const registeredAtMs = inWindow
      ? options.startMs + Math.floor(random.next() * (options.endMs - options.startMs - DAY_MS / 2))
      : options.startMs - random.int(1, 1_000) * DAY_MS + random.int(0, DAY_MS - 1);
    const [country, language, utcOffsetHours] = random.weighted(LOCALES);
    const weight = Math.min(40, random.pareto(0.35, 1.25));
    const manager = random.pick(managers);
    clients.push({
      id: ids.next(registeredAtMs),
      name: randomPersonName(random),
      registeredAtMs,
      registeredInWindow: inWindow,
      weight,
      utcOffsetHours,
      country,
      language,
      currency: country === 'GB' ? 'GBP' : random.chance(0.55) ? 'USD' : 'EUR',
      trader: weight > 2 || random.chance(0.55),
      viaAffiliate: random.chance(0.3),
      profile: {
        status: inWindow ? 'new' : random.pick(CLIENT_STATUSES),
        desk: manager.desk,
        leverage: random.pick(LEVERAGES),
        riskLevel: random.pick(RISK_LEVELS),
        kycStatus: inWindow ? 'pending' : random.pick(KYC_STATUSES),
        accountType: random.pick(ACCOUNT_TYPES),
        assignedManagerId: manager.id,
      },
      openPositions: [],
      pendingWithdrawals: [],
      openTickets: [],
      relatedEntities: [],
      busyUntilMs: registeredAtMs,
    });
  }
  return {
    clients,
    managers,
    employees: [...managers, ...admins],
    apiTokens,
    clientsByWeight: weightTable(clients.map((client) => [client, client.weight] as const)),
  };
}
