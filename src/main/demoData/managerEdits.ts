import {
  ACCOUNT_TYPES,
  CLIENT_STATUSES,
  DESKS,
  KYC_STATUSES,
  LEVERAGES,
  RISK_LEVELS,
  type ClientProfile,
  type RelatedEntity,
  type SeedClient,
} from './population';
import type { SeededRandom } from './seededRandom';
import type { SeedContext } from './seedContext';

/** Only the changed fields, before and after: the safe diff the source documents require. */
export interface ProfileEdit {
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
}

export type ProfileField = keyof ClientProfile;
const EDITABLE_FIELDS: readonly ProfileField[] = [
  'status',
  'desk',
  'leverage',
  'riskLevel',
  'kycStatus',
  'accountType',
  'assignedManagerId',
];

/** A value for `field` different from `current`. */
export function alternativeValue(ctx: SeedContext, field: ProfileField, current: string | undefined): string {
  const options: readonly string[] = {
    status: CLIENT_STATUSES,
    desk: DESKS,
    leverage: LEVERAGES,
    riskLevel: RISK_LEVELS,
    kycStatus: KYC_STATUSES,
    accountType: ACCOUNT_TYPES,
    assignedManagerId: ctx.population.managers.map((manager) => manager.id),
  }[field];
  const others = options.filter((value) => value !== current);
  return ctx.random.pick(others.length > 0 ? others : options);
}

/** Changes `count` fields of the client's profile (or the one given) and returns the diff. */
export function clientEdit(ctx: SeedContext, client: SeedClient, count: number, only?: ProfileField): ProfileEdit {
  const fields: ProfileField[] = only ? [only] : [];
  while (fields.length < count) {
    const field = ctx.random.pick(EDITABLE_FIELDS);
    if (!fields.includes(field)) fields.push(field);
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of fields) {
    before[field] = client.profile[field];
    after[field] = alternativeValue(ctx, field, client.profile[field]);
    client.profile[field] = String(after[field]);
  }
  return { before, after };
}

export interface RelatedEntityKind {
  readonly type: string;
  readonly label: string;
  readonly subModel: string;
  readonly table: string;
  readonly initial: (random: SeededRandom) => Record<string, unknown>;
}

export const RELATED_ENTITY_KINDS: readonly RelatedEntityKind[] = [
  {
    type: 'note',
    label: 'Note',
    subModel: 'Notes',
    table: 'client_notes',
    initial: (random) => ({
      category: random.pick(['follow-up', 'complaint', 'kyc', 'general']),
      visibility: 'internal',
      status: 'open',
    }),
  },
  {
    type: 'ticket',
    label: 'Ticket',
    subModel: 'Tickets',
    table: 'tickets',
    initial: (random) => ({
      subject: random.pick(['Call back requested', 'Document re-upload', 'Bonus request']),
      priority: random.pick(['low', 'normal', 'high']),
      status: 'open',
    }),
  },
  {
    type: 'task',
    label: 'Task',
    subModel: 'Notes',
    table: 'client_tasks',
    initial: (random) => ({
      title: random.pick(['Call client', 'Verify documents', 'Offer upgrade']),
      dueInDays: random.int(1, 14),
      status: 'open',
    }),
  },
  {
    type: 'call',
    label: 'Call',
    subModel: 'Notes',
    table: 'client_calls',
    initial: (random) => ({
      outcome: random.pick(['no answer', 'interested', 'call back later', 'not interested']),
      durationSec: random.int(10, 1_200),
      status: 'logged',
    }),
  },
  {
    type: 'document',
    label: 'Document',
    subModel: 'Documents',
    table: 'client_documents',
    initial: (random) => ({
      documentType: random.pick(['proof of identity', 'proof of address', 'source of funds']),
      status: 'pending',
    }),
  },
  {
    type: 'action',
    label: 'Action',
    subModel: 'Notes',
    table: 'client_actions',
    initial: (random) => ({ actionKind: random.pick(['email sent', 'sms sent', 'meeting booked']), status: 'open' }),
  },
];

const NEXT_STATUS: Readonly<Record<string, readonly string[]>> = {
  open: ['in progress', 'resolved'],
  'in progress': ['resolved', 'on hold'],
  'on hold': ['in progress', 'closed'],
  resolved: ['closed', 'open'],
  pending: ['approved', 'rejected'],
  rejected: ['pending'],
  logged: ['reviewed'],
};

/** Moves one of the client's related entities to its next status, if any can move. */
export function pickRelatedEntityUpdate(
  ctx: SeedContext,
  client: SeedClient,
): { kind: RelatedEntityKind; entity: RelatedEntity; edit: ProfileEdit } | undefined {
  const movable = client.relatedEntities.filter((entity) => NEXT_STATUS[entity.status] !== undefined);
  if (movable.length === 0) return undefined;
  const entity = ctx.random.pick(movable);
  const kind = RELATED_ENTITY_KINDS.find((candidate) => candidate.type === entity.type);
  if (!kind) return undefined;
  const next = ctx.random.pick(NEXT_STATUS[entity.status] ?? []);
  const edit = { before: { status: entity.status }, after: { status: next } };
  entity.status = next;
  return { kind, entity, edit };
}
