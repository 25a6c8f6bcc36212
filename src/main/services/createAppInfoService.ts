import type { AppInfo } from '../../shared/contract/appInfo';
import type { OperatorIdentity } from '../../shared/domain/identity';
import type { Operator } from '../../shared/domain/roles';
import { dataSourceStatusFor } from '../access/hideLocalPaths';
import type { HandlerContext } from '../router/createRouter';
import type { ActiveSource } from '../sources/ActiveSource';

export interface AppInfoDependencies {
  name: string;
  version: string;
  transport: AppInfo['transport'];
  dataSources: Pick<ActiveSource, 'status'>;
}

/** An operator given to the router directly (tests, tools) is vouched for by this workstation only. */
function workstationIdentity(operator: Operator): OperatorIdentity {
  const scope = operator.scope ? { clientIds: operator.scope.clientIds, label: null } : null;
  return {
    source: 'workstation',
    user: operator.name,
    realm: null,
    clusterRoles: [],
    role: operator.role,
    scope,
    notice: null,
  };
}

export function createAppInfoService({ name, version, transport, dataSources }: AppInfoDependencies) {
  return {
    async info(_request: Record<string, never>, { operator, signal, identity }: HandlerContext): Promise<AppInfo> {
      return {
        name,
        version,
        transport,
        operator: { id: operator.id, name: operator.name, role: operator.role },
        identity: identity ?? workstationIdentity(operator),
        dataSource: dataSourceStatusFor(operator, await dataSources.status(signal)),
      };
    },
  };
}
