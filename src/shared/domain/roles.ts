import { z } from 'zod';
import { listInSentence } from './listInSentence';

export const PERMISSIONS = [
  'app:read',
  'logs:read',
  'activity:read',
  'export:run',
  'bundle:create',
  'cases:manage',
  'settings:manage',
  /** Reading the operators' journal: who looked at what. Nobody may change it from the console. */
  'journal:read',
] as const;
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

export const ROLES = ['auditor', 'riskOfficer', 'investigator', 'supportLead', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What each role may do. Scope (which clients) is separate: see `Operator.scope`. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  auditor: ['app:read', 'logs:read', 'activity:read', 'export:run', 'cases:manage', 'journal:read'],
  riskOfficer: ['app:read', 'logs:read', 'activity:read', 'export:run', 'cases:manage'],
  investigator: ['app:read', 'logs:read', 'activity:read', 'export:run', 'bundle:create', 'cases:manage'],
  supportLead: ['app:read', 'logs:read'],
  admin: ['app:read', 'logs:read', 'activity:read', 'settings:manage', 'journal:read'],
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  auditor: 'Auditor',
  riskOfficer: 'Risk officer',
  investigator: 'Investigator',
  supportLead: 'Support lead',
  admin: 'Console admin',
};

export const Operator = z.object({
  id: z.string().min(1, 'Give each operator an id.'),
  name: z.string().min(1, 'Give each operator a name.'),
  role: Role,
  /** Scoped roles see only these clients; null means every client. */
  scope: z
    .object({
      clientIds: z.array(z.string().min(1, 'A client id in an operator’s scope is empty; type it or take it out.')),
    })
    .nullable(),
});
export type Operator = z.infer<typeof Operator>;

export function hasPermission(operator: Operator, permission: Permission): boolean {
  return ROLE_PERMISSIONS[operator.role].includes(permission);
}

function holders(permission: Permission): string[] {
  return ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission)).map((role) => ROLE_LABELS[role]);
}

/**
 * The roles that hold a permission, by their labels, as a sentence lists them: "Auditor, Risk officer and
 * Investigator", or joined by "or" where the sentence means any one of them ("ask someone whose role may
 * export (Auditor, Risk officer or Investigator)"). Every permission is held by some role, so the list is
 * never empty.
 */
export function rolesWith(permission: Permission, joinedBy: 'and' | 'or' = 'and'): string {
  return listInSentence(holders(permission), joinedBy);
}

/**
 * Why a request is refused to a role, naming the roles that may make it and who can give one: a console
 * admin maps cluster users to roles, so an admin refused is told the roles are not theirs to hold.
 */
export function refusalOf(role: Role, permission: Permission): string {
  const roles = `the ${rolesWith(permission)} role${holders(permission).length === 1 ? '' : 's'}`;
  const next = role === 'admin' ? ', which a console admin does not hold' : ': ask a console admin for one';
  return `Your role (${ROLE_LABELS[role]}) does not allow this (${permission}); it is for ${roles}${next}.`;
}
