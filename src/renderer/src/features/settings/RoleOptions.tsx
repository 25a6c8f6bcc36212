import { ROLE_LABELS, ROLES } from '../../../../shared/domain/roles';

/** The console's roles as a select's options, each named as every screen names it. */
export function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </>
  );
}
