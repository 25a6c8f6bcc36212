import { showHiddenCharacters } from './hiddenCharacters';
import { ROLE_LABELS, type Operator, type Role } from './roles';

/** The workstation's own list of who operates the console, as settings keep it and an admin saves it. */
export interface WorkstationOperatorList {
  operators: readonly Pick<Operator, 'id' | 'role'>[];
  /** The role of users not listed, once anyone is. */
  defaultRole: Role;
}

/**
 * The role a workstation user holds under the list: their own line's, else the role of users not listed.
 * A workstation that lists nobody is being set up, so whoever uses it is its console admin.
 */
export function workstationRoleOf({ operators, defaultRole }: WorkstationOperatorList, userId: string): Role {
  if (operators.length === 0) return 'admin';
  return operators.find((operator) => operator.id === userId)?.role ?? defaultRole;
}

/**
 * Why the list may not be saved at all, or null: it leaves the workstation with no console admin (a list of
 * operators none of whom is one, while users not listed are not either). Nobody could then open Settings on
 * this workstation again, to change the operators or connect a cluster, so no acknowledgement saves it.
 */
export function noConsoleAdminProblem(list: WorkstationOperatorList): string | null {
  const someAdmin = list.operators.length === 0 || list.defaultRole === 'admin';
  if (someAdmin || list.operators.some((operator) => operator.role === 'admin')) return null;
  return (
    'No one would be a console admin on this workstation, so nobody could change Settings again: make one ' +
    'operator (yourself, say) a Console admin, or make Console admin the role of users not listed.'
  );
}

/**
 * What the admin saving the list is warned of, or null: under it they (`userId`) would no longer be a
 * console admin, so they could not change Settings again, nor undo this. Someone else still can (a list
 * without any admin is refused), so an admin who means it may save it, once they acknowledge this.
 */
export function lostSettingsWarning(list: WorkstationOperatorList, userId: string): string | null {
  const role = workstationRoleOf(list, userId);
  if (role === 'admin') return null;
  return (
    `Not saved: with these operators your role (${showHiddenCharacters(userId)}) would be ${ROLE_LABELS[role]}, ` +
    'and you could no longer change Settings. List yourself as a Console admin to keep them, or save even if ' +
    'warned to give them up.'
  );
}
