import { describe, expect, it } from 'vitest';
import { operatorFromClusterUser, readDeskEntries } from '../../../../src/main/access/operatorFromClusterUser';
import type { AuthenticatedUser } from '../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { DEFAULT_ROLE_MAPPING, deskRoleName, desksOfRoles } from '../../../../src/shared/domain/identity';

function user(roles: string[], metadata: Record<string, unknown> = {}): AuthenticatedUser {
  return { username: 'kim', roles, metadata, realm: 'file' };
}

describe('operatorFromClusterUser', () => {
  it.each([
    [['audit_console_auditor'], 'auditor'],
    [['audit_console_risk_officer'], 'riskOfficer'],
    [['audit_console_investigator'], 'investigator'],
    [['audit_console_admin'], 'admin'],
    [['superuser'], 'admin'],
    // The first mapping entry the user holds wins: the list runs from most powerful down.
    [['audit_console_auditor', 'audit_console_investigator'], 'investigator'],
  ] as const)('maps cluster roles %j to the console role %s, unscoped', (roles, role) => {
    const caller = operatorFromClusterUser(user([...roles]), DEFAULT_ROLE_MAPPING);
    expect(caller.refusal).toBeNull();
    expect(caller.operator).toEqual({ id: 'kim', name: 'kim', role, scope: null });
    expect(caller.identity).toMatchObject({ source: 'cluster', role, clusterRoles: roles, realm: 'file' });
  });

  it.each([[[]], [['kibana_user', 'monitoring_user']]])('refuses a user whose roles %j map to none', (roles) => {
    const caller = operatorFromClusterUser(user(roles), DEFAULT_ROLE_MAPPING);
    expect(caller.refusal).toMatchObject({ code: 'FORBIDDEN' });
    expect(caller.refusal?.message).toMatch(/none of them maps to a console role; ask a console admin/);
    expect(caller.identity).toMatchObject({ source: 'unresolved', role: null });
    // Even were the refusal ignored, the operator behind it sees no client at all.
    expect(caller.operator.scope).toEqual({ clientIds: [] });
  });

  it('scopes a support lead to the clients of the desks their roles name and those in their metadata', () => {
    const roles = ['audit_console_support_lead', deskRoleName('Sales DE')];
    expect(desksOfRoles(roles)).toEqual(['sales_de']);
    const desks = readDeskEntries([{ desk: 'Sales DE', clientIds: ['c1', 'c2'] }, { junk: true }, null]);
    const caller = operatorFromClusterUser(
      user(roles, { audit_console: { client_ids: ['c3', 'c1', 7] } }),
      DEFAULT_ROLE_MAPPING,
      desks,
    );
    expect(caller.operator).toMatchObject({ role: 'supportLead', scope: { clientIds: ['c3', 'c1', 'c2'] } });
    expect(caller.identity.scope).toEqual({ clientIds: ['c3', 'c1', 'c2'], label: 'Desk Sales DE' });
    expect(caller.identity.notice).toBeNull();
  });

  it('gives a support lead with no clients named an empty scope and says why', () => {
    const caller = operatorFromClusterUser(user(['audit_console_support_lead']), DEFAULT_ROLE_MAPPING);
    expect(caller.operator.scope).toEqual({ clientIds: [] });
    expect(caller.identity.notice).toMatch(/No clients are assigned to the cluster user kim/);
  });
});
