import type { ActorType, SourceApp } from './clientActivity';

export const EVENT_CATEGORIES = [
  'authentication',
  'navigation',
  'transactions',
  'documents',
  'tickets',
  'profile',
  'search',
  'terminal',
  'manager',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export interface CatalogEvent {
  /** Machine-readable name as the producers write it into `eventName`. */
  readonly eventName: string;
  readonly category: EventCategory;
  /** Friendly name shown to operators. */
  readonly label: string;
  /** A single glyph of the emoji font the renderer ships, so it draws offline on any workstation. */
  readonly icon: string;
  readonly actorType: ActorType;
  readonly sourceApps: readonly SourceApp[];
}

const portal: readonly SourceApp[] = ['crm', 'tradersroom'];
const terminal: readonly SourceApp[] = ['terminal'];
const crm: readonly SourceApp[] = ['crm'];

function clientEvent(
  eventName: string,
  category: EventCategory,
  label: string,
  icon: string,
  sourceApps: readonly SourceApp[] = portal,
): CatalogEvent {
  return { eventName, category, label, icon, actorType: 'client', sourceApps };
}

function managerEvent(eventName: string, label: string, icon: string): CatalogEvent {
  return { eventName, category: 'manager', label, icon, actorType: 'manager', sourceApps: crm };
}

function systemEvent(eventName: string, category: EventCategory, label: string, icon: string): CatalogEvent {
  return { eventName, category, label, icon, actorType: 'system', sourceApps: portal };
}

/**
 * Every event the CRM logs about a client (the source documents' minimum list), and the portal's own
 * notice that a client's session token expired.
 */
export const EVENT_CATALOG: readonly CatalogEvent[] = [
  clientEvent('client.registered', 'authentication', 'Client registered', '🆕'),
  clientEvent('client.logged_in', 'authentication', 'Client logged in', '🔑'),
  clientEvent('client.logged_out', 'authentication', 'Client logged out', '🚪'),
  clientEvent('client.password_reset_requested', 'authentication', 'Client requested password reset', '✉'),
  clientEvent('client.password_restored', 'authentication', 'Client restored password', '🔓'),
  clientEvent('client.language_changed', 'authentication', 'Client changed language', '🌐'),
  systemEvent('system.session_expired', 'authentication', 'Session expired (token expiry)', '⌛'),
  clientEvent('client.route_entered', 'navigation', 'Client entered route', '🧭'),
  clientEvent('client.modal_opened', 'navigation', 'Client opened modal/drawer', '🪟'),
  clientEvent('client.notifications_opened', 'navigation', 'Client opened Notifications dropdown', '🔔'),
  clientEvent('client.pwa_install_attempted', 'navigation', 'Client attempted PWA install', '📲'),
  clientEvent('client.deposit_submitted', 'transactions', 'Client submitted deposit', '💰'),
  clientEvent('client.withdrawal_submitted', 'transactions', 'Client submitted withdrawal', '🏧'),
  clientEvent('client.withdrawal_fulfilled', 'transactions', 'Client fulfilled withdrawal', '✅'),
  clientEvent('client.transactions_filtered', 'transactions', 'Client filtered transactions', '🔎'),
  clientEvent('client.transactions_paginated', 'transactions', 'Client paginated transactions', '📄'),
  clientEvent('client.transaction_details_opened', 'transactions', 'Client opened transaction details', '🧾'),
  clientEvent('client.transaction_declined', 'transactions', 'Client declined transaction', '⛔'),
  clientEvent('client.declaration_fulfilled', 'documents', 'Client fulfilled declaration', '🖊'),
  clientEvent('client.form_printed', 'documents', 'Client printed form', '🖨'),
  clientEvent('client.document_downloaded', 'documents', 'Client downloaded document', '📥'),
  clientEvent('client.ticket_created', 'tickets', 'Client created ticket', '🎫'),
  clientEvent('client.ticket_messaged', 'tickets', 'Client messaged in ticket', '💬'),
  clientEvent('client.ticket_closed', 'tickets', 'Client closed ticket', '📪'),
  clientEvent('client.profile_edited', 'profile', 'Client edited profile', '👤'),
  clientEvent('client.searched', 'search', 'Client searched trading ideas/calendar', '🔍'),
  clientEvent('terminal.order_created', 'terminal', 'Order created', '📝', terminal),
  clientEvent('terminal.order_modified', 'terminal', 'Order modified', '✏', terminal),
  clientEvent('terminal.order_cancelled', 'terminal', 'Order cancelled', '✖', terminal),
  clientEvent('terminal.order_executed', 'terminal', 'Order executed', '⚡', terminal),
  clientEvent('terminal.symbol_changed', 'terminal', 'Symbol changed', '💱', terminal),
  clientEvent('terminal.indicator_changed', 'terminal', 'Indicator changed', '📈', terminal),
  clientEvent('terminal.timeframe_changed', 'terminal', 'Chart timeframe changed', '⏱', terminal),
  clientEvent('terminal.widget_changed', 'terminal', 'Widget operation', '🧩', terminal),
  clientEvent('terminal.position_opened', 'terminal', 'Position opened', '📂', terminal),
  clientEvent('terminal.position_modified', 'terminal', 'Position modified', '🛠', terminal),
  clientEvent('terminal.position_closed', 'terminal', 'Position closed', '📁', terminal),
  clientEvent('terminal.filter_changed', 'terminal', 'Filters and instrument selection', '🎚', terminal),
  managerEvent('manager.client_card_opened', 'Manager opened client card', '👁'),
  managerEvent('manager.client_opened_new_tab', 'Manager opened client in new tab', '↗'),
  managerEvent('manager.client_edited', 'Manager edited client data', '✍'),
  managerEvent('manager.entity_created', 'Manager created related entity', '➕'),
  managerEvent('manager.entity_updated', 'Manager updated related entity', '🔧'),
  managerEvent('manager.bulk_operation', 'Bulk operation affecting the client', '📦'),
];

const byName = new Map(EVENT_CATALOG.map((event) => [event.eventName, event]));

export function findCatalogEvent(eventName: string): CatalogEvent | undefined {
  return byName.get(eventName);
}

/** Catalog events that never appear among the given observed event names. */
export function missingCatalogEvents(observed: Iterable<string>): CatalogEvent[] {
  const seen = new Set(observed);
  return EVENT_CATALOG.filter((event) => !seen.has(event.eventName));
}

/** The event names of each category, in catalog order: a category filter stands for these names. */
// fromEntries over EVENT_CATEGORIES has every category as a key; its type cannot say so.
export const EVENT_NAMES_BY_CATEGORY = Object.fromEntries(
  EVENT_CATEGORIES.map((category) => [
    category,
    EVENT_CATALOG.filter((event) => event.category === category).map((event) => event.eventName),
  ]),
) as unknown as Readonly<Record<EventCategory, readonly string[]>>;
