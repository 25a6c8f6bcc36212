import type { AppInfo, DataSourceStatus } from '../../shared/contract/appInfo';
import type { Operator } from '../../shared/domain/roles';
import { workstationIdentity } from '../access/CallerResolver';
import { dataSourceStatusFor } from '../access/hideLocalPaths';
import { scopedBundleView } from '../access/scopedBundleView';
import type { HandlerContext } from '../router/createRouter';
import type { ActiveSource } from '../sources/ActiveSource';

export interface AppInfoDependencies {
  name: string;
  version: string;
  transport: AppInfo['transport'];
  dataSources: Pick<ActiveSource, 'status'> & Partial<Pick<ActiveSource, 'bundle'>>;
}

export function createAppInfoService({ name, version, transport, dataSources }: AppInfoDependencies) {
  /** A reopened bundle's view as this operator may see it (see scopedBundleView). */
  const scopedStatus = async (operator: Operator, status: DataSourceStatus): Promise<DataSourceStatus> => {
    const reopened = dataSources.bundle?.();
    if (!status.bundle || !reopened) return status;
    return { ...status, bundle: await scopedBundleView(operator, status.bundle, reopened.source) };
  };
  return {
    async info(_request: Record<string, never>, { operator, signal, identity }: HandlerContext): Promise<AppInfo> {
      return {
        name,
        version,
        transport,
        operator: { id: operator.id, name: operator.name, role: operator.role },
        // An operator given to the router directly (tests, tools) is vouched for by this workstation only.
        identity: identity ?? workstationIdentity(operator, null),
        dataSource: await scopedStatus(operator, dataSourceStatusFor(operator, await dataSources.status(signal))),
      };
    },
  };
}
