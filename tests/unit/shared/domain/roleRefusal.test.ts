import { describe, expect, it } from 'vitest';
import { PERMISSIONS, refusalOf, ROLE_PERMISSIONS, ROLES, rolesWith } from '../../../../src/shared/domain/roles';

describe('a refusal names the roles that may and who gives one', () => {
  it('lists the roles holding a permission by their labels', () => {
    expect(rolesWith('cases:manage')).toBe('Auditor, Risk officer and Investigator');
    expect(rolesWith('bundle:create')).toBe('Investigator');
    expect(rolesWith('journal:read')).toBe('Auditor and Console admin');
  });

  // "ask someone whose role may export (…)": any one of them may, so the list reads "or".
  it('lists the roles any one of which may with "or"', () => {
    expect(rolesWith('export:run', 'or')).toBe('Auditor, Risk officer or Investigator');
    expect(rolesWith('journal:read', 'or')).toBe('Auditor or Console admin');
    expect(rolesWith('bundle:create', 'or')).toBe('Investigator');
  });

  // A permission no role held would make every refusal of it name no one to ask for it.
  it.each(PERMISSIONS)('names a role for %s: every permission is held by some role', (permission) => {
    expect(ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission))).not.toEqual([]);
    expect(rolesWith(permission)).toMatch(/^[A-Z]/);
  });

  it('sends an operator to a console admin for a role that may', () => {
    expect(refusalOf('supportLead', 'export:run')).toBe(
      'Your role (Support lead) does not allow this (export:run); it is for the Auditor, Risk officer and Investigator roles: ask a console admin for one.',
    );
    expect(refusalOf('auditor', 'bundle:create')).toBe(
      'Your role (Auditor) does not allow this (bundle:create); it is for the Investigator role: ask a console admin for one.',
    );
  });

  it('does not send a console admin to a console admin', () => {
    const message = refusalOf('admin', 'cases:manage');
    expect(message).toBe(
      'Your role (Console admin) does not allow this (cases:manage); it is for the Auditor, Risk officer and Investigator roles, which a console admin does not hold.',
    );
    expect(message).not.toMatch(/ask a console admin/);
  });
});
