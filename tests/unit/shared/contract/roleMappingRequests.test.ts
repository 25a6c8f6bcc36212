import { describe, expect, it } from 'vitest';
import {
  DryRunSubject,
  RoleMappingView,
  RoleMappingUserDryRunRequest,
  SaveRoleMappingRequest,
} from '../../../../src/shared/contract/accessChannels';

const refusal = (
  schema: { safeParse(input: unknown): { success: boolean; error?: { issues: unknown[] } } },
  input: unknown,
) => {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? null
    : (parsed.error?.issues as { path: PropertyKey[]; message: string }[]).map((issue) => ({
        field: issue.path.join('.'),
        message: issue.message,
      }));
};

const hidden = (what: string, code: string) =>
  `${what} cannot hold ${code}, an invisible character that changes how the text reads; type it again without it.`;

describe('a role mapping an admin saves or tries names only what it shows', () => {
  // "audit_console_admin\u200B" looks like the admin role, and maps nobody: a cluster role never holds one.
  it.each([
    [
      'a zero-width space in a line to save',
      SaveRoleMappingRequest,
      { entries: [{ clusterRole: 'audit_console_admin\u200B', consoleRole: 'admin' }] },
      { field: 'entries.0.clusterRole', message: hidden('A cluster role’s name', 'U+200B') },
    ],
    [
      'a right-to-left override in a line to try for a user',
      RoleMappingUserDryRunRequest,
      { entries: [{ clusterRole: 'nimda\u202E', consoleRole: 'admin' }], username: 'kim' },
      { field: 'entries.0.clusterRole', message: hidden('A cluster role’s name', 'U+202E') },
    ],
    [
      'a right-to-left override in the user tried',
      DryRunSubject,
      { username: 'mik\u202E', clusterRoles: ['superuser'] },
      { field: 'username', message: hidden('A user name', 'U+202E') },
    ],
    [
      'a zero-width space in a cluster role tried',
      DryRunSubject,
      { username: 'kim', clusterRoles: ['super\u200Buser'] },
      { field: 'clusterRoles.0', message: hidden('A cluster role’s name', 'U+200B') },
    ],
  ])('refuses %s, naming the character at its field', (_, schema, input, expected) => {
    expect(refusal(schema, input)).toEqual([expected]);
  });

  it('still reads a mapping the cluster holds with such a character, for the admin to mend it', () => {
    const stored = { entries: [{ clusterRole: 'audit_console_admin\u200B', consoleRole: 'admin' }], stored: true };
    expect(refusal(RoleMappingView, stored)).toBeNull();
  });
});
