import type { ClientActivity, SourceApp } from '../../shared/domain/clientActivity';
import type { ClientSession, SeedContext } from './seedContext';

/** Writes one event the client did in a session, at the session's current moment. */
export function clientEvent(
  ctx: SeedContext,
  session: ClientSession,
  eventName: string,
  message: string,
  metadata: Record<string, unknown>,
  sourceApp: SourceApp = session.app,
): ClientActivity | undefined {
  return ctx.sink.activity(session.atMs, {
    clientId: session.client.id,
    actorType: 'client',
    actorId: null,
    actorName: null,
    sourceApp,
    eventName,
    message,
    metadata: { sessionId: session.sessionId, ...metadata },
    change: null,
  });
}

/** Moves the session forward by a human pause. */
export function pause(ctx: SeedContext, session: ClientSession, medianMs = 25_000): void {
  session.atMs += Math.max(800, ctx.random.pauseMs(medianMs, 0.9));
}
