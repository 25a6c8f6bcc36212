import type { Operator } from '../../shared/domain/roles';
import type { Settings } from '../../shared/domain/settings';
import { workstationRoleOf } from '../../shared/domain/workstationAdmins';

export interface WorkstationUser {
  id: string;
  name: string;
}

/**
 * The operator behind this console: the role mapping for the workstation user, else the default
 * role. A workstation with no mappings yet is being set up, so its user is the console admin.
 */
export function resolveOperator(settings: Settings, user: WorkstationUser): Operator {
  const mapped = settings.operators.find((operator) => operator.id === user.id);
  return mapped ?? { id: user.id, name: user.name, role: workstationRoleOf(settings, user.id), scope: null };
}
