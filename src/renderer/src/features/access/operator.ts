import type { AppInfo } from '../../../../shared/contract/appInfo';
import type { CoveredGround } from '../../../../shared/domain/bundleCoverage';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_PERMISSIONS, type Permission, type Role } from '../../../../shared/domain/roles';

/**
 * What the operator may do, as the role says, and the reopened bundle that makes writes refused.
 * Main decides every request; this only keeps the screen from offering what main will refuse.
 */
export interface Operator {
  /** Null while the app status is not known. */
  role: Role | null;
  /**
   * The role's, less the journal and the cases for an operator scoped to some clients: journal lines and the
   * workstation's cases name every client (main refuses both to them).
   */
  permissions: readonly Permission[];
  /** The reopened bundle the console reads, read-only; null when the source is live. */
  openBundle: string | null;
  /** The ground each query of the reopened bundle covered; null when the source is live. */
  bundleCoverage: readonly CoveredGround[] | null;
}

export const NOBODY: Operator = { role: null, permissions: [], openBundle: null, bundleCoverage: null };

/** What names every client, so an operator scoped to some clients is not offered it. */
const EVERY_CLIENTS: readonly Permission[] = ['journal:read', 'cases:manage'];

/** The operator an app status describes; nobody while it is not known. */
export function operatorOf(info: AppInfo | null | undefined): Operator {
  if (!info) return NOBODY;
  const { role } = info.operator;
  const scoped = Boolean(info.identity?.scope);
  const permissions = ROLE_PERMISSIONS[role].filter((permission) => !scoped || !EVERY_CLIENTS.includes(permission));
  const bundle = info.dataSource.bundle;
  return { role, permissions, openBundle: bundle?.file ?? null, bundleCoverage: bundle?.coverage ?? null };
}

/**
 * Why `what` (e.g. "pin its queries to a case") cannot be done now, or null when it can. The bundle's file
 * name is the name it was given: each character in it that hides or reorders text is shown by its name.
 */
export function readOnlyReason(operator: Operator, what: string): string | null {
  if (operator.openBundle === null) return null;
  return `The reopened bundle ${showHiddenCharacters(operator.openBundle)} is read-only: close it to ${what}.`;
}
