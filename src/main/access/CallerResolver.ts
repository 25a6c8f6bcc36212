import { DESK_DIRECTORY_INDEX, desksOfRoles, type OperatorIdentity } from '../../shared/domain/identity';
import type { Operator } from '../../shared/domain/roles';
import type { ActiveSource } from '../sources/ActiveSource';
import { ClusterFailureLog, type ClusterFailure, type ClusterFailureLogOptions } from '../sources/ClusterFailureLog';
import type { ClusterSource } from '../sources/openClusterSource';
import { readRoleMapping } from './clusterRoleMapping';
import { operatorFromClusterUser, readDeskEntries, type Caller, type DeskEntry } from './operatorFromClusterUser';

export const DEMO_NOTICE = 'Demo workspace: roles come from this workstation’s settings, not from a cluster.';
export const SECURITY_OFF_NOTICE =
  'Security is off on this cluster: it does not say who you are, and anyone who reaches it reads everything. ' +
  'Roles come from this workstation’s settings and prove nothing.';

/**
 * Who is calling, asked afresh for every call: on a cluster connection the cluster's own answer to
 * "who am I" (kept while that connection stays open), never the workstation's settings file; on the
 * demo workspace, the workstation's role mappings. A lookup that fails is not kept, so the next call
 * tries again, and until one succeeds no log data is read.
 */
export class CallerResolver {
  private readonly known = new WeakMap<ClusterSource, Caller>();
  private readonly failures: ClusterFailureLog;

  constructor(
    private readonly source: Pick<ActiveSource, 'cluster'>,
    /** The workstation's own operator: the demo workspace's, and a security-off cluster's. */
    private readonly localOperator: () => Operator,
    failureLog: ClusterFailureLogOptions = {},
  ) {
    this.failures = new ClusterFailureLog('who the operator is', failureLog);
  }

  async current(signal?: AbortSignal): Promise<Caller> {
    const local = this.localOperator();
    const opening = this.source.cluster();
    if (!opening) return workstationCaller(local, DEMO_NOTICE);
    try {
      const cluster = await opening;
      const known = this.known.get(cluster);
      if (known) return known;
      const user = await cluster.adapter.authenticate(signal);
      const caller = user
        ? operatorFromClusterUser(
            user,
            (await readRoleMapping(cluster.adapter, signal)).entries,
            await desksOf(cluster, user.roles, signal),
          )
        : workstationCaller(local, SECURITY_OFF_NOTICE);
      this.known.set(cluster, caller);
      this.failures.cleared();
      return caller;
    } catch (error) {
      return unresolvedCaller(local, this.failures.describe(error));
    }
  }
}

/** The desk directory's entries for the desks the cluster roles name, read with the operator's own credentials. */
async function desksOf(cluster: ClusterSource, roles: readonly string[], signal?: AbortSignal): Promise<DeskEntry[]> {
  const slugs = desksOfRoles(roles);
  return readDeskEntries(await cluster.adapter.getDocuments(DESK_DIRECTORY_INDEX, slugs, signal));
}

/** An operator vouched for by this workstation's settings only (no cluster says who they are). */
export function workstationIdentity(operator: Operator, notice: string | null): OperatorIdentity {
  const scope = operator.scope ? { clientIds: operator.scope.clientIds, label: null } : null;
  return {
    source: 'workstation',
    user: operator.name,
    realm: null,
    clusterRoles: [],
    role: operator.role,
    scope,
    notice,
  };
}

function workstationCaller(operator: Operator, notice: string): Caller {
  return { operator, identity: workstationIdentity(operator, notice), refusal: null };
}

/**
 * The cluster could not say who the operator is, or the console failed asking. Nothing is read until it
 * can; the workstation's role still governs this workstation's own settings, so a wrong password can be
 * corrected.
 */
function unresolvedCaller(local: Operator, { code, reason }: ClusterFailure): Caller {
  const message = `Cannot tell who you are on this cluster (${reason}); no log data is shown until it can.`;
  return {
    operator: local,
    identity: {
      source: 'unresolved',
      user: local.name,
      realm: null,
      clusterRoles: [],
      role: null,
      scope: null,
      notice: message,
    },
    refusal: { ok: false, code, message },
    unvouched: ['app:read', 'settings:manage'],
  };
}
