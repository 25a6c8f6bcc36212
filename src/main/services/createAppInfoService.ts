import type { AppInfo } from '../../shared/contract/appInfo';
import { workstationIdentity } from '../access/CallerResolver';
import { dataSourceStatusFor } from '../access/hideLocalPaths';
import type { HandlerContext } from '../router/createRouter';
import type { ActiveSource } from '../sources/ActiveSource';

export interface AppInfoDependencies {
  name: string;
  version: string;
  transport: AppInfo['transport'];
  dataSources: Pick<ActiveSource, 'status'>;
}

export function createAppInfoService({ name, version, transport, dataSources }: AppInfoDependencies) {
  return {
    async info(_request: Record<string, never>, { operator, signal, identity }: HandlerContext): Promise<AppInfo> {
      return {
        name,
        version,
        transport,
        operator: { id: operator.id, name: operator.name, role: operator.role },
        // An operator given to the router directly (tests, tools) is vouched for by this workstation only.
        identity: identity ?? workstationIdentity(operator, null),
        dataSource: dataSourceStatusFor(operator, await dataSources.status(signal)),
      };
    },
  };
}
