import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/shared/domain/roles';
import {
  lostSettingsWarning,
  noConsoleAdminProblem,
  workstationRoleOf,
  type WorkstationOperatorList,
} from '../../../../src/shared/domain/workstationAdmins';

const list = (defaultRole: Role, ...lines: [string, Role][]): WorkstationOperatorList => ({
  defaultRole,
  operators: lines.map(([id, role]) => ({ id, role })),
});

/** [the list, the role of user "me" under it, whether the list has a console admin at all]. */
const CASES: [string, WorkstationOperatorList, Role, boolean][] = [
  ['nobody listed: whoever uses it is the admin', list('auditor'), 'admin', true],
  ['me listed as admin', list('auditor', ['me', 'admin'], ['kim', 'auditor']), 'admin', true],
  ['me not listed, users not listed are admins', list('admin', ['kim', 'auditor']), 'admin', true],
  ['me listed as auditor, kim the admin', list('auditor', ['me', 'auditor'], ['kim', 'admin']), 'auditor', true],
  ['me not listed, kim the admin', list('riskOfficer', ['kim', 'admin']), 'riskOfficer', true],
  ['me listed as auditor, nobody admin', list('supportLead', ['me', 'auditor']), 'auditor', false],
  ['nobody listed is admin, nor are the others', list('investigator', ['kim', 'auditor']), 'investigator', false],
  ['an id differing by case is another user', list('auditor', ['ME', 'admin']), 'auditor', true],
];

describe('who a workstation’s operator list makes an admin', () => {
  for (const [what, operators, role, hasAdmin] of CASES) {
    it(`${what}: me as ${role}, ${hasAdmin ? 'an admin left' : 'no admin left'}`, () => {
      expect(workstationRoleOf(operators, 'me')).toBe(role);
      expect(noConsoleAdminProblem(operators) === null).toBe(hasAdmin);
      expect(lostSettingsWarning(operators, 'me') === null).toBe(role === 'admin');
    });
  }

  it('warns in a sentence naming the role kept and what to do, the user id’s hidden characters by name', () => {
    expect(lostSettingsWarning(list('auditor', ['kim', 'admin']), 'me\u202E')).toBe(
      'Not saved: with these operators your role (me⟨U+202E⟩) would be Auditor, and you could no longer change ' +
        'Settings. List yourself as a Console admin to keep them, or save even if warned to give them up.',
    );
  });
});
