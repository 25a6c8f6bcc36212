import { z } from 'zod';
import { refuseHiddenCharacters } from './hiddenCharacters';
import { Role } from './roles';

/** One line of a connection's role mapping: operators holding this cluster role get this console role. */
export const RoleMappingEntry = z.object({
  clusterRole: z
    .string()
    .trim()
    .min(1, 'Name the cluster role.')
    .max(256, 'Keep the cluster role’s name to 256 characters or fewer.'),
  consoleRole: Role,
});
export type RoleMappingEntry = z.infer<typeof RoleMappingEntry>;

/**
 * A line of the role mapping as an admin saves or tries it: its cluster role never holds a character that
 * hides or reorders text, which no cluster role holds ("audit_console_admin" with a zero-width space looks
 * like the admin role and maps nobody). A mapping the cluster already holds is read with `RoleMappingEntry`,
 * so one saved before still shows, to be mended.
 */
export const EditedRoleMappingEntry = RoleMappingEntry.extend({
  clusterRole: RoleMappingEntry.shape.clusterRole.superRefine(refuseHiddenCharacters('A cluster role’s name')),
});

/**
 * Cluster roles to console roles; the first entry matching one of the operator's cluster roles wins,
 * so the list is read top to bottom, most powerful first.
 */
export const DEFAULT_ROLE_MAPPING: readonly RoleMappingEntry[] = [
  { clusterRole: 'audit_console_admin', consoleRole: 'admin' },
  { clusterRole: 'superuser', consoleRole: 'admin' },
  { clusterRole: 'audit_console_investigator', consoleRole: 'investigator' },
  { clusterRole: 'audit_console_risk_officer', consoleRole: 'riskOfficer' },
  { clusterRole: 'audit_console_auditor', consoleRole: 'auditor' },
  { clusterRole: 'audit_console_support_lead', consoleRole: 'supportLead' },
];

/** Where a support lead's clients are read from: `metadata.audit_console.client_ids` of the cluster user. */
export const SCOPE_METADATA_KEY = 'audit_console';

/**
 * Who operates the console and what vouches for it: the cluster (its own answer to "who am I"), the
 * workstation (demo workspace, or a cluster with security off), or nothing (the lookup failed, and
 * no log data is read until it succeeds).
 */
export const OperatorIdentity = z.object({
  source: z.enum(['cluster', 'workstation', 'unresolved']),
  /** The cluster user name, or the workstation user's. */
  user: z.string(),
  /** The realm that vouched for the user ("native", "file", "_es_api_key"); null off the cluster. */
  realm: z.string().nullable(),
  clusterRoles: z.array(z.string()),
  role: Role.nullable(),
  /** Scoped roles see only these clients; null means every client. */
  scope: z.object({ clientIds: z.array(z.string()), label: z.string().nullable() }).nullable(),
  /** What every screen says about the identity (security off, local roles, why it failed); null when all is well. */
  notice: z.string().nullable(),
});
export type OperatorIdentity = z.infer<typeof OperatorIdentity>;

/**
 * The cluster index holding the console's role mapping (one document, `ROLE_MAPPING_DOCUMENT`). Kept on
 * the cluster, not the workstation: whoever may write it there is who may change roles.
 */
export const ROLE_MAPPING_INDEX = 'audit-console-role-mapping';
export const ROLE_MAPPING_DOCUMENT = 'mapping';

/** The cluster index naming each desk's clients; a support lead reads it with their own credentials. */
export const DESK_DIRECTORY_INDEX = 'audit-console-desks';

/** `Sales DE` -> `sales_de`: the id of a desk's directory entry and the tail of its role name. */
export function deskSlug(desk: string): string {
  return desk
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const DESK_ROLE_PREFIX = 'audit_console_desk_';

/** The cluster role that names a desk, for realms that keep no user metadata (the file realm). */
export function deskRoleName(desk: string): string {
  return `${DESK_ROLE_PREFIX}${deskSlug(desk)}`;
}

/** The desk slugs the operator's cluster roles name. */
export function desksOfRoles(roles: readonly string[]): string[] {
  return roles.filter((role) => role.startsWith(DESK_ROLE_PREFIX)).map((role) => role.slice(DESK_ROLE_PREFIX.length));
}
