import { z } from 'zod';
import { codePointName, hiddenCharacterProblem } from './hiddenCharacters';
import { paymentNumberProblem } from './paymentNumberProblem';
import { Role } from './roles';
import { secretShapeProblem } from './secretShapeProblem';
import { tooLong } from './tooLong';

/** The longest name Elasticsearch gives a role. */
export const CLUSTER_ROLE_MAX = 507;

/** A character no Elasticsearch role name holds: one outside printable Basic Latin (space to tilde). */
const OUTSIDE_ROLE_NAMES = /[^\u0020-\u007E]/u;

/** A character that shows nothing on its own (a combining mark, a separator, one unassigned): named, not quoted. */
const SHOWS_NOTHING_ALONE = /^[\p{M}\p{Z}\p{C}]$/u;

/** One line of a connection's role mapping: operators holding this cluster role get this console role. */
export const RoleMappingEntry = z.object({
  clusterRole: z
    .string()
    .trim()
    .min(1, 'Name the cluster role.')
    .max(CLUSTER_ROLE_MAX, tooLong('The cluster role’s name')),
  consoleRole: Role,
});
export type RoleMappingEntry = z.infer<typeof RoleMappingEntry>;

/**
 * What is wrong with a cluster role's name an admin typed, or null: a character that hides or reorders
 * text first, then a full card number, IBAN or other secret (a JWT, `password=…`) in the words every other
 * name is refused with (the mapping is kept on the cluster and shown to every admin), then any other
 * character no Elasticsearch role name holds ("😀 auditor", a Cyrillic "а" in "аdmin"), named by its code
 * point so a look-alike is told apart. `what` begins the sentence.
 */
function clusterRoleNameProblem(what: string, name: string): string | null {
  const held = hiddenCharacterProblem(what, name) ?? paymentNumberProblem(what, name) ?? secretShapeProblem(what, name);
  if (held !== null) return held;
  const outside = OUTSIDE_ROLE_NAMES.exec(name)?.[0];
  if (outside === undefined) return null;
  const shown = SHOWS_NOTHING_ALONE.test(outside) ? codePointName(outside) : `“${outside}” (${codePointName(outside)})`;
  return `${what} cannot hold ${shown}; an Elasticsearch role name holds only letters, digits, spaces, punctuation and symbols of Basic Latin (ASCII).`;
}

/** Refuses a cluster role's name Elasticsearch could never have given, saying why (`clusterRoleNameProblem`). */
export function refuseClusterRoleName(what: string) {
  return (value: string, context: z.RefinementCtx): void => {
    const message = clusterRoleNameProblem(what, value);
    if (message !== null) context.addIssue({ code: 'custom', message });
  };
}

/**
 * A line of the role mapping as an admin saves or tries it: its cluster role is a name Elasticsearch could
 * give a role. No cluster role holds a character that hides or reorders text ("audit_console_admin" with a
 * zero-width space looks like the admin role and maps nobody), nor one outside Basic Latin. A mapping the
 * cluster already holds is read with `RoleMappingEntry`, so one saved before still shows, to be mended.
 */
export const EditedRoleMappingEntry = RoleMappingEntry.extend({
  clusterRole: RoleMappingEntry.shape.clusterRole.superRefine(refuseClusterRoleName('The cluster role’s name')),
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
