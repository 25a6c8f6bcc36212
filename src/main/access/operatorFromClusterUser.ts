import type { Failure } from '../../shared/contract/errors';
import {
  DESK_DIRECTORY_INDEX,
  SCOPE_METADATA_KEY,
  type OperatorIdentity,
  type RoleMappingEntry,
} from '../../shared/domain/identity';
import type { Operator, Permission } from '../../shared/domain/roles';
import type { AuthenticatedUser } from '../sources/elasticsearch/ElasticsearchAdapter';

/**
 * Who calls the router and on whose word: the operator the permission checks and the journal use, the
 * identity every screen shows, and, while no one vouches for the operator, why log data is refused.
 */
export interface Caller {
  operator: Operator;
  identity: OperatorIdentity;
  /** Set while no console role is vouched for: every call but those `unvouched` allows is refused with it. */
  refusal: Failure | null;
  /** What may still be done while refused: see the app, and perhaps correct this workstation's connections. */
  unvouched?: readonly Permission[];
}

/**
 * The console operator a cluster user is: the first mapping entry naming one of their cluster roles,
 * and for a support lead the clients their user metadata lists. A user no entry matches reads nothing.
 */
export function operatorFromClusterUser(
  user: AuthenticatedUser,
  mapping: readonly RoleMappingEntry[],
  desks: readonly DeskEntry[] = [],
): Caller {
  const match = mapping.find((entry) => user.roles.includes(entry.clusterRole));
  const base = { user: user.username, realm: user.realm, clusterRoles: user.roles };
  if (!match) {
    const held =
      user.roles.length === 0 ? 'holds no cluster roles' : `holds the cluster roles ${user.roles.join(', ')}`;
    const message =
      `The cluster user ${user.username} ${held}, and none of them maps to a console role; ` +
      'ask a console admin to map one of them in the connection’s role mapping.';
    return {
      operator: { id: user.username, name: user.username, role: 'supportLead', scope: { clientIds: [] } },
      identity: { ...base, source: 'unresolved', role: null, scope: null, notice: message },
      refusal: { ok: false, code: 'FORBIDDEN', message },
      unvouched: ['app:read'],
    };
  }
  const scope = match.consoleRole === 'supportLead' ? supportLeadScope(user.metadata, desks) : null;
  const notice =
    scope && scope.clientIds.length === 0
      ? `No clients are assigned to the cluster user ${user.username}: neither metadata.${SCOPE_METADATA_KEY}.client_ids ` +
        `nor a desk role (${DESK_DIRECTORY_INDEX} on the cluster) names any; ask a console admin to assign your clients.`
      : null;
  return {
    operator: {
      id: user.username,
      name: user.username,
      role: match.consoleRole,
      scope: scope ? { clientIds: scope.clientIds } : null,
    },
    identity: { ...base, source: 'cluster', role: match.consoleRole, scope, notice },
    refusal: null,
  };
}

/** A desk's entry in the cluster's desk directory: the clients whose manager sits on it. */
export interface DeskEntry {
  desk: string;
  clientIds: string[];
}

/**
 * The support lead's clients: the user metadata's `audit_console.client_ids` where the realm keeps
 * metadata, plus the clients of every desk their cluster roles name. Nothing named is an empty scope.
 */
function supportLeadScope(
  metadata: Record<string, unknown>,
  desks: readonly DeskEntry[],
): { clientIds: string[]; label: string | null } {
  const entry = metadata[SCOPE_METADATA_KEY];
  const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const listed = Array.isArray(fields.client_ids) ? fields.client_ids : [];
  const ids = [...listed, ...desks.flatMap((desk) => desk.clientIds)];
  const clientIds = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
  const labels = [
    ...(typeof fields.desk === 'string' && fields.desk !== '' ? [fields.desk] : []),
    ...desks.map((desk) => desk.desk),
  ];
  return { clientIds, label: labels.length === 0 ? null : `Desk ${labels.join(', ')}` };
}

/** Entries of the desk directory as the cluster holds them; anything malformed is left out. */
export function readDeskEntries(sources: readonly unknown[]): DeskEntry[] {
  return sources.flatMap((source) => {
    if (typeof source !== 'object' || source === null) return [];
    const { desk, clientIds } = source as Record<string, unknown>;
    if (typeof desk !== 'string' || !Array.isArray(clientIds)) return [];
    return [{ desk, clientIds: clientIds.filter((id): id is string => typeof id === 'string') }];
  });
}
