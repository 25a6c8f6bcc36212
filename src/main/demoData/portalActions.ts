import { clientEvent, pause } from './clientEvent';
import { logOperation } from './logOperation';
import { weightTable } from './seededRandom';
import type { ClientSession, SeedContext } from './seedContext';
import { runTerminalBurst } from './terminalActions';
import {
  browseTransactions,
  declineTransaction,
  fulfilWithdrawal,
  submitDeposit,
  submitWithdrawal,
} from './transactionActions';

const ROUTES = [
  '/dashboard',
  '/accounts',
  '/wallet',
  '/wallet/deposit',
  '/wallet/withdraw',
  '/transactions',
  '/documents',
  '/profile',
  '/support',
  '/trading-ideas',
  '/economic-calendar',
  '/promotions',
  '/settings/security',
] as const;
const MODALS = [
  ['deposit', 'modal'],
  ['withdrawal', 'modal'],
  ['verification', 'modal'],
  ['transfer', 'modal'],
  ['account switcher', 'drawer'],
  ['support chat', 'drawer'],
  ['two-factor setup', 'modal'],
] as const;
const LANGUAGES = ['en', 'de', 'es', 'it', 'pl', 'fr', 'nl', 'el', 'tr', 'ar', 'pt', 'th', 'ms'] as const;
const PROFILE_FIELDS = [
  'phone',
  'address.street',
  'address.city',
  'address.zip',
  'email',
  'dateOfBirth',
  'nationality',
  'occupation',
] as const;
const TICKET_SUBJECTS = [
  'Deposit not credited',
  'Withdrawal delay',
  'Verification question',
  'Platform issue',
  'Bonus terms',
] as const;

type PortalAction = (ctx: SeedContext, session: ClientSession) => void;

function enterRoute(ctx: SeedContext, session: ClientSession): void {
  const route = ctx.random.pick(ROUTES);
  clientEvent(ctx, session, 'client.route_entered', `Client entered route ${route}`, {
    route,
    previousRoute: session.route,
  });
  session.route = route;
}

function openModal(ctx: SeedContext, session: ClientSession): void {
  const [name, kind] = ctx.random.pick(MODALS);
  clientEvent(ctx, session, 'client.modal_opened', `Client opened the ${name} ${kind}`, {
    name,
    kind,
    route: session.route,
  });
}

function openNotifications(ctx: SeedContext, session: ClientSession): void {
  clientEvent(ctx, session, 'client.notifications_opened', 'Client clicked the notifications button', {
    unread: ctx.random.int(0, 7),
  });
}

function attemptPwaInstall(ctx: SeedContext, session: ClientSession): void {
  const result = ctx.random.pick(['accepted', 'dismissed', 'unsupported']);
  clientEvent(ctx, session, 'client.pwa_install_attempted', `Client attempted PWA install (${result})`, {
    result,
    platform: ctx.random.pick(['android', 'ios', 'desktop']),
  });
}

function changeLanguage(ctx: SeedContext, session: ClientSession): void {
  const { client } = session;
  const to = ctx.random.pick(LANGUAGES.filter((language) => language !== client.language));
  clientEvent(ctx, session, 'client.language_changed', `Client changed language to ${to}`, {
    from: client.language,
    to,
  });
  client.language = to;
  logOperation(ctx, session.atMs + ctx.random.int(30, 300), {
    channel: 'clientArea',
    action: 'update',
    description: 'Language preference updated',
    businessModel: 'Client Area',
    subModel: 'Profile',
    client,
    relatedOperation: 'updateLanguage',
    impactedTable: 'clients',
  });
}

function handleDocuments(ctx: SeedContext, session: ClientSession): void {
  const { random, ids } = ctx;
  const { client } = session;
  const choice = random.int(0, 9);
  if (choice < 3) {
    const declarationType = random.pick(['Appropriateness test', 'Source of funds', 'W-8BEN', 'Risk disclosure']);
    clientEvent(ctx, session, 'client.declaration_fulfilled', `Client fulfilled declaration "${declarationType}"`, {
      declarationId: ids.next(session.atMs),
      declarationType,
    });
    logOperation(ctx, session.atMs + random.int(30, 300), {
      channel: 'clientArea',
      action: 'create',
      description: `Declaration submitted: ${declarationType}`,
      businessModel: 'Client Area',
      subModel: 'Declarations',
      client,
      relatedOperation: 'submitDeclaration',
      impactedTable: 'declarations',
    });
  } else if (choice < 5) {
    const form = random.pick(['account statement', 'deposit receipt', 'withdrawal form']);
    clientEvent(ctx, session, 'client.form_printed', `Client printed ${form}`, { form });
  } else {
    const documentType = random.pick(['statement', 'invoice', 'terms', 'key information document']);
    clientEvent(ctx, session, 'client.document_downloaded', `Client downloaded ${documentType}`, {
      documentId: ids.next(session.atMs - random.int(1, 90) * 86_400_000),
      documentType,
      format: 'pdf',
    });
  }
}

function handleTicket(ctx: SeedContext, session: ClientSession): void {
  const { random, ids } = ctx;
  const { client } = session;
  const open = client.openTickets[0];
  const base = {
    channel: 'clientArea',
    businessModel: 'Clients',
    subModel: 'Tickets',
    client,
    impactedTable: 'tickets',
  } as const;
  const roll = random.next();
  if (open === undefined || roll < 0.25) {
    const ticketId = ids.next(session.atMs);
    const subject = random.pick(TICKET_SUBJECTS);
    clientEvent(ctx, session, 'client.ticket_created', `Client created ticket "${subject}"`, { ticketId, subject });
    logOperation(ctx, session.atMs + random.int(30, 300), {
      ...base,
      action: 'create',
      description: `Ticket created: ${subject}`,
      relatedOperation: 'createTicket',
    });
    if (client.openTickets.length < 4) client.openTickets.push(ticketId);
  } else if (roll < 0.62) {
    clientEvent(ctx, session, 'client.ticket_messaged', 'Client messaged in ticket', {
      ticketId: open,
      messageLength: random.int(12, 600),
    });
    logOperation(ctx, session.atMs + random.int(30, 300), {
      ...base,
      action: 'update',
      description: 'Ticket message added',
      relatedOperation: 'addTicketMessage',
    });
  } else {
    client.openTickets.shift();
    clientEvent(ctx, session, 'client.ticket_closed', 'Client closed ticket', {
      ticketId: open,
      resolution: random.pick(['solved', 'no longer needed']),
    });
    logOperation(ctx, session.atMs + random.int(30, 300), {
      ...base,
      action: 'update',
      description: 'Ticket closed by client',
      relatedOperation: 'closeTicket',
    });
  }
}

/** Profile edits log the names of the changed fields only, never their values. */
function editProfile(ctx: SeedContext, session: ClientSession): void {
  const { random } = ctx;
  const changedFields = PROFILE_FIELDS.filter(() => random.chance(0.25));
  if (changedFields.length === 0) changedFields.push(random.pick(PROFILE_FIELDS));
  clientEvent(ctx, session, 'client.profile_edited', `Client edited profile: ${changedFields.join(', ')}`, {
    changedFields,
  });
  logOperation(ctx, session.atMs + random.int(30, 300), {
    channel: 'clientArea',
    action: 'update',
    description: `Profile updated: ${changedFields.join(', ')}`,
    businessModel: 'Client Area',
    subModel: 'Profile',
    client: session.client,
    relatedOperation: 'updateProfile',
    impactedTable: 'clients',
  });
}

function search(ctx: SeedContext, session: ClientSession): void {
  const scope = ctx.random.pick(['trading ideas', 'economic calendar']);
  const query = ctx.random.pick([
    'EURUSD',
    'gold',
    'NFP',
    'ECB rate decision',
    'bitcoin',
    'Nasdaq',
    'oil inventories',
    'CPI',
  ]);
  clientEvent(ctx, session, 'client.searched', `Client searched ${scope} for "${query}"`, {
    scope,
    query,
    results: ctx.random.int(0, 40),
  });
}

const ACTIONS: ReadonlyArray<readonly [PortalAction, number, number]> = [
  // [action, weight for non-traders, weight for traders]
  [enterRoute, 30, 22],
  [openModal, 8, 6],
  [openNotifications, 5, 4],
  [attemptPwaInstall, 0.4, 0.3],
  [changeLanguage, 0.8, 0.7],
  [submitDeposit, 5, 5],
  [submitWithdrawal, 1.8, 2],
  [(ctx, session) => void (fulfilWithdrawal(ctx, session) || enterRoute(ctx, session)), 1.5, 1.5],
  [(ctx, session) => void (declineTransaction(ctx, session) || enterRoute(ctx, session)), 1.2, 1.2],
  [browseTransactions, 5, 4],
  [handleDocuments, 3, 2.5],
  [handleTicket, 3, 2.5],
  [editProfile, 1.2, 1],
  [search, 3, 3],
  [runTerminalBurst, 0, 9],
];
const FOR_CLIENTS = weightTable(ACTIONS.map(([action, weight]) => [action, weight] as const));
const FOR_TRADERS = weightTable(ACTIONS.map(([action, , weight]) => [action, weight] as const));

/** One step of a session, chosen by how clients of this kind behave. */
export function runPortalAction(ctx: SeedContext, session: ClientSession): void {
  const action = ctx.random.weighted(session.client.trader ? FOR_TRADERS : FOR_CLIENTS);
  action(ctx, session);
  pause(ctx, session);
}
