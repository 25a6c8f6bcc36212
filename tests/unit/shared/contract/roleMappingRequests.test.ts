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
      { field: 'entries.0.clusterRole', message: hidden('The cluster role’s name', 'U+200B') },
    ],
    [
      'a right-to-left override in a line to try for a user',
      RoleMappingUserDryRunRequest,
      { entries: [{ clusterRole: 'nimda\u202E', consoleRole: 'admin' }], username: 'kim' },
      { field: 'entries.0.clusterRole', message: hidden('The cluster role’s name', 'U+202E') },
    ],
    [
      'a right-to-left override in the user tried',
      DryRunSubject,
      { username: 'mik\u202E', clusterRoles: ['superuser'] },
      { field: 'username', message: hidden('The user name', 'U+202E') },
    ],
    [
      'a zero-width space in a cluster role tried',
      DryRunSubject,
      { username: 'kim', clusterRoles: ['super\u200Buser'] },
      { field: 'clusterRoles.0', message: hidden('The cluster role’s name', 'U+200B') },
    ],
  ])('refuses %s, naming the character at its field', (_, schema, input, expected) => {
    expect(refusal(schema, input)).toEqual([expected]);
  });

  const CARD = '4111 1111 1111 1111';
  const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
  const cardHeld =
    'The cluster role’s name holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept. Write it without the number: a card’s last four digits are enough to name it.';
  const tokenHeld =
    'The cluster role’s name holds what looks like an access token; secrets are never sent or kept. Write it without the token.';

  it.each([
    [
      'a card number in a line to save',
      SaveRoleMappingRequest,
      { entries: [{ clusterRole: CARD, consoleRole: 'auditor' }] },
      'entries.0.clusterRole',
      cardHeld,
    ],
    [
      'a JWT in a line to save',
      SaveRoleMappingRequest,
      { entries: [{ clusterRole: JWT, consoleRole: 'admin' }] },
      'entries.0.clusterRole',
      tokenHeld,
    ],
    [
      'a card number in a line to try',
      RoleMappingUserDryRunRequest,
      { entries: [{ clusterRole: `desk ${CARD}`, consoleRole: 'admin' }], username: 'kim' },
      'entries.0.clusterRole',
      cardHeld,
    ],
    [
      'a JWT in a cluster role tried',
      DryRunSubject,
      { username: 'kim', clusterRoles: [JWT] },
      'clusterRoles.0',
      tokenHeld,
    ],
  ])('refuses %s, naming what it looks like and never repeating it', (_, schema, input, field, message) => {
    expect(refusal(schema, input)).toEqual([{ field, message }]);
  });

  it('still reads a mapping the cluster holds with such a character, for the admin to mend it', () => {
    const stored = { entries: [{ clusterRole: 'audit_console_admin\u200B', consoleRole: 'admin' }], stored: true };
    expect(refusal(RoleMappingView, stored)).toBeNull();
  });
});

const notInElasticsearch = (shown: string) =>
  `The cluster role’s name cannot hold ${shown}; an Elasticsearch role name holds only letters, digits, spaces, punctuation and symbols of Basic Latin (ASCII).`;

describe('a role mapping an admin saves or tries names only roles Elasticsearch could have', () => {
  const save = (clusterRole: string) =>
    refusal(SaveRoleMappingRequest, { entries: [{ clusterRole, consoleRole: 'auditor' }] });

  it.each([
    ['an emoji', '😀 role with space', '“😀” (U+1F600)'],
    ['a letter with an accent', 'auditeur_général', '“é” (U+00E9)'],
    // Looks like "admin": the code point tells it apart.
    ['a Cyrillic look-alike', '\u0430dmin', '“а” (U+0430)'],
    ['a no-break space, named rather than quoted', 'audit\u00A0console', 'U+00A0'],
    ['a combining mark, named rather than quoted', 'cafe\u0301', 'U+0301'],
    ['a zero-width joiner, named rather than quoted', 'a\u200Db', 'U+200D'],
  ])('refuses %s, naming it', (_, clusterRole, shown) => {
    expect(save(clusterRole)).toEqual([{ field: 'entries.0.clusterRole', message: notInElasticsearch(shown) }]);
  });

  it('says a hidden character once, as such', () => {
    expect(save('nimda\u202E😀')).toEqual([
      { field: 'entries.0.clusterRole', message: hidden('The cluster role’s name', 'U+202E') },
    ]);
  });

  it.each([
    ['spaces inside', 'role with space'],
    ['punctuation and symbols', 'a-b_c.d@e!~`{}|^$'],
    ['spaces around it, trimmed', '  superuser  '],
    ['507 characters', 'r'.repeat(507)],
  ])('takes %s', (_, clusterRole) => {
    expect(save(clusterRole)).toBeNull();
  });

  it('refuses a name past 507 characters', () => {
    expect(save('r'.repeat(508))).toEqual([
      {
        field: 'entries.0.clusterRole',
        message: 'The cluster role’s name is too long: shorten it to at most 507 characters; this one has 508.',
      },
    ]);
  });

  it('refuses such a role typed for a dry run, and still reads one the cluster holds', () => {
    expect(refusal(DryRunSubject, { username: 'kim', clusterRoles: ['superuser', 'rôle'] })).toEqual([
      { field: 'clusterRoles.1', message: notInElasticsearch('“ô” (U+00F4)') },
    ]);
    const stored = { entries: [{ clusterRole: '😀 role with space', consoleRole: 'admin' }], stored: true };
    expect(refusal(RoleMappingView, stored)).toBeNull();
  });
});
