import type { ActorType, ClientActivity } from '../../../../shared/domain/clientActivity';
import { findCatalogEvent } from '../../../../shared/domain/eventCatalog';

/** Who acted, told apart by glyph and word as well as colour (the `actor-{type}` class). */
export const ACTOR_GLYPHS: Readonly<Record<ActorType, string>> = { client: '●', manager: '◆', system: '⚙' };
export const ACTOR_LABELS: Readonly<Record<ActorType, string>> = {
  client: 'Client',
  manager: 'Manager',
  system: 'System',
};

/** "Manager name (id)", "Client" or "System", as the Sessions tab names the actor of an event. */
export function actorName(event: Pick<ClientActivity, 'actorType' | 'actorId' | 'actorName'>): string {
  if (event.actorType !== 'manager') return ACTOR_LABELS[event.actorType];
  const id = event.actorId ?? 'no id';
  return event.actorName ? `${event.actorName} (${id})` : `Manager (${id})`;
}

/** An event's friendly name and glyph from the catalog; an unknown name is shown as written and said so. */
export function eventLabel(eventName: string): { icon: string; label: string; known: boolean } {
  const event = findCatalogEvent(eventName);
  return event
    ? { icon: event.icon, label: event.label, known: true }
    : { icon: '?', label: `${eventName} (not in the catalog)`, known: false };
}
