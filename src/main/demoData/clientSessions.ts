import { clientEvent, pause } from './clientEvent';
import { clientDayFactor, sampleClientMoment } from './datasetRhythm';
import { logOperation } from './logOperation';
import type { SeedClient } from './population';
import { runPortalAction } from './portalActions';
import type { ClientSession, SeedContext } from './seedContext';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Expected sessions per day of a client of weight 1 on an average weekday. */
const SESSIONS_PER_WEIGHT_DAY = 0.16;
const INACTIVITY_TIMEOUT_MS = 30 * MINUTE_MS;

function documentationIp(ctx: SeedContext): string {
  // RFC 5737 documentation ranges: realistic-looking, never a real person's address.
  return `${ctx.random.pick(['192.0.2', '198.51.100', '203.0.113'])}.${ctx.random.int(1, 254)}`;
}

function logIn(ctx: SeedContext, session: ClientSession): void {
  const { random } = ctx;
  const method = random.pick(['password', 'password', 'password', 'google', 'two-factor']);
  clientEvent(ctx, session, 'client.logged_in', 'Client logged in', {
    method,
    device: random.pick(['desktop', 'desktop', 'mobile', 'tablet']),
    browser: random.pick(['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet']),
    ip: documentationIp(ctx),
    country: session.client.country,
  });
}

function resetPassword(ctx: SeedContext, session: ClientSession): void {
  clientEvent(ctx, session, 'client.password_reset_requested', 'Client requested password reset', { channel: 'email' });
  session.atMs += ctx.random.int(2, 25) * MINUTE_MS;
  clientEvent(ctx, session, 'client.password_restored', 'Client restored password', { method: 'email link' });
  logOperation(ctx, session.atMs + ctx.random.int(30, 300), {
    channel: 'clientArea',
    action: 'update',
    description: 'Password restored',
    businessModel: 'Client Area',
    subModel: 'Profile',
    client: session.client,
    relatedOperation: 'restorePassword',
    impactedTable: 'clients',
  });
  pause(ctx, session, 20_000);
}

function register(ctx: SeedContext, session: ClientSession): void {
  const { client } = session;
  const affiliate = client.viaAffiliate
    ? ctx.population.apiTokens.find((token) => token.purpose === 'affiliate')
    : undefined;
  clientEvent(ctx, session, 'client.registered', 'Client registered', {
    referrer: affiliate ? 'affiliate' : ctx.random.pick(['google', 'direct', 'facebook', 'newsletter']),
    country: client.country,
    language: client.language,
  });
  logOperation(
    ctx,
    session.atMs + ctx.random.int(30, 300),
    affiliate
      ? {
          channel: 'openApi',
          action: 'create',
          description: 'Client created via Open API',
          businessModel: 'Clients',
          subModel: 'Accounts',
          client,
          api: affiliate,
          relatedOperation: 'openApi.createClient',
          impactedTable: 'clients',
          requestPath: '/open-api/v1/clients',
        }
      : {
          channel: 'clientArea',
          action: 'create',
          description: 'Client registered',
          businessModel: 'Clients',
          subModel: 'Accounts',
          client,
          relatedOperation: 'registerClient',
          impactedTable: 'clients',
        },
  );
  pause(ctx, session, 10_000);
}

/** Login, a handful of actions, then logout, an expiry notice or just silence (inactivity). */
function runSession(ctx: SeedContext, client: SeedClient, startMs: number, registering: boolean): void {
  const { random } = ctx;
  const session: ClientSession = {
    client,
    app: registering || random.chance(0.8) ? 'tradersroom' : 'crm',
    sessionId: ctx.ids.next(startMs),
    atMs: startMs,
    route: '/dashboard',
  };
  if (registering) register(ctx, session);
  else if (random.chance(0.04)) resetPassword(ctx, session);
  logIn(ctx, session);
  pause(ctx, session, 8_000);
  const steps = 1 + random.poisson(4 + 1.5 * Math.min(client.weight, 6));
  for (let i = 0; i < steps; i++) runPortalAction(ctx, session);
  const ending = random.next();
  if (ending < 0.6) {
    clientEvent(ctx, session, 'client.logged_out', 'Client logged out', { reason: 'user' });
  } else if (ending < 0.75) {
    session.atMs += INACTIVITY_TIMEOUT_MS;
    ctx.sink.activity(session.atMs, {
      clientId: client.id,
      actorType: 'system',
      actorId: null,
      actorName: null,
      sourceApp: session.app,
      eventName: 'system.session_expired',
      message: 'Session expired after 30 minutes of inactivity',
      metadata: { sessionId: session.sessionId, idleMinutes: 30 },
      change: null,
    });
  } else {
    session.atMs += INACTIVITY_TIMEOUT_MS;
  }
  client.busyUntilMs = session.atMs;
}

/** Everything one client does on one UTC day. */
export function generateClientDay(ctx: SeedContext, client: SeedClient, dayStartMs: number): void {
  const dayEndMs = dayStartMs + DAY_MS;
  if (client.registeredAtMs >= dayEndMs) return;
  if (client.registeredInWindow && client.registeredAtMs >= dayStartMs)
    runSession(ctx, client, client.registeredAtMs, true);
  const count = ctx.random.poisson(client.weight * SESSIONS_PER_WEIGHT_DAY * clientDayFactor(dayStartMs));
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(sampleClientMoment(ctx.random, dayStartMs, client.utcOffsetHours));
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    const begin = Math.max(start, client.busyUntilMs + ctx.random.int(5, 90) * MINUTE_MS);
    runSession(ctx, client, begin, false);
  }
}
