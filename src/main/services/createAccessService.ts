import type { RoleMappingDryRun } from '../../shared/contract/accessChannels';
import { ConsoleError } from '../../shared/contract/errors';
import { DESK_DIRECTORY_INDEX, desksOfRoles, type RoleMappingEntry } from '../../shared/domain/identity';
import { ROLE_LABELS } from '../../shared/domain/roles';
import { readRoleMapping, roleMappingWarnings, writeRoleMapping } from '../access/clusterRoleMapping';
import { lookUpClusterUser } from '../access/lookUpClusterUser';
import { operatorFromClusterUser, readDeskEntries } from '../access/operatorFromClusterUser';
import type { ActiveCluster } from '../journal/ClusterJournalMirror';
import type { Handlers } from '../router/createRouter';
import type { AuthenticatedUser, ElasticsearchAdapter } from '../sources/elasticsearch/ElasticsearchAdapter';
import type { ClusterSource } from '../sources/openClusterSource';

type AccessHandlers = Pick<
  Handlers,
  'access/roleMapping/get' | 'access/roleMapping/dryRun' | 'access/roleMapping/dryRunUser' | 'access/roleMapping/save'
>;

async function clusterOf(cluster: ActiveCluster): Promise<ClusterSource> {
  const opening = cluster();
  if (!opening) {
    throw new ConsoleError(
      'BAD_REQUEST',
      'The demo workspace keeps its roles on this workstation; role mappings belong to a cluster connection. Connect one first.',
    );
  }
  return opening;
}

/** What a mapping (saved or not) would make of one cluster user: their console role and their clients. */
async function dryRun(
  adapter: ElasticsearchAdapter,
  entries: readonly RoleMappingEntry[],
  user: AuthenticatedUser,
  adminRoles: readonly string[],
  signal?: AbortSignal,
): Promise<RoleMappingDryRun> {
  const desks = readDeskEntries(await adapter.getDocuments(DESK_DIRECTORY_INDEX, desksOfRoles(user.roles), signal));
  const caller = operatorFromClusterUser(user, entries, desks);
  const role = caller.identity.role;
  const clientIds = caller.identity.scope?.clientIds ?? null;
  const who = `User ${user.username}`;
  const sentence =
    role === null
      ? `${who} would map to no console role and read nothing.`
      : clientIds === null
        ? `${who} would be ${ROLE_LABELS[role].toLowerCase()} over every client.`
        : `${who} would be ${ROLE_LABELS[role].toLowerCase()} over these ${clientIds.length} client${clientIds.length === 1 ? '' : 's'}.`;
  return { sentence, role, clientIds, warnings: roleMappingWarnings(entries, adminRoles) };
}

/** The console's role mapping, kept on the cluster so that only who may write it there changes roles. */
export function createAccessService(cluster: ActiveCluster): AccessHandlers {
  return {
    'access/roleMapping/get': async (_request, { signal }) =>
      readRoleMapping((await clusterOf(cluster)).adapter, signal),
    'access/roleMapping/dryRun': async ({ entries, subject }, { signal, identity }) => {
      const { adapter } = await clusterOf(cluster);
      const user = { username: subject.username, roles: subject.clusterRoles, metadata: subject.metadata, realm: null };
      return dryRun(adapter, entries, user, identity?.clusterRoles ?? [], signal);
    },
    'access/roleMapping/dryRunUser': async ({ entries, username }, { signal, identity }) => {
      const { adapter } = await clusterOf(cluster);
      const { user, lookup } = await lookUpClusterUser(adapter, username, identity?.user ?? null, signal);
      const run = await dryRun(adapter, entries, user, identity?.clusterRoles ?? [], signal);
      return { ...run, username: user.username, clusterRoles: user.roles, realm: user.realm, lookup };
    },
    'access/roleMapping/save': async ({ entries, acknowledgeWarnings }, { signal, identity }) => {
      const { adapter } = await clusterOf(cluster);
      const warnings = roleMappingWarnings(entries, identity?.clusterRoles ?? []);
      if (warnings.length > 0 && !acknowledgeWarnings) {
        throw new ConsoleError('BAD_REQUEST', `Not saved: ${warnings.join(' ')} Save again to confirm.`);
      }
      await writeRoleMapping(adapter, entries, signal);
      return readRoleMapping(adapter, signal);
    },
  };
}
