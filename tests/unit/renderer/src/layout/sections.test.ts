import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../../src/shared/domain/roles';
import { NOBODY, operatorOf } from '../../../../../src/renderer/src/features/access/operator';
import { SECTIONS, sectionsFor } from '../../../../../src/renderer/src/layout/sections';
import type { AppInfo } from '../../../../../src/shared/contract/appInfo';

function operator(role: (typeof ROLES)[number]) {
  return operatorOf({
    operator: { id: 'o', name: 'O', role, scope: null },
    dataSource: {},
  } as unknown as AppInfo);
}

const labels = (role: (typeof ROLES)[number]) => sectionsFor(operator(role)).map((section) => section.label);

describe('the sections offered to an operator', () => {
  it('offers the journal only to the roles that read it, and risk only to those that read activity', () => {
    expect(labels('auditor')).toEqual(['Operational logs', 'Clients', 'Investigations', 'Risk', 'Journal', 'Settings']);
    expect(labels('admin')).toEqual(['Operational logs', 'Clients', 'Investigations', 'Risk', 'Journal', 'Settings']);
    expect(labels('riskOfficer')).toEqual(['Operational logs', 'Clients', 'Investigations', 'Risk', 'Settings']);
    expect(labels('investigator')).toEqual(['Operational logs', 'Clients', 'Investigations', 'Risk', 'Settings']);
    expect(labels('supportLead')).toEqual(['Operational logs', 'Clients', 'Investigations', 'Settings']);
  });

  it('does not offer the journal to an auditor scoped to some clients: its lines name every client', () => {
    const scoped = operatorOf({
      operator: { id: 'o', name: 'O', role: 'auditor' },
      identity: { scope: { clientIds: ['c1'], label: null } },
      dataSource: {},
    } as unknown as AppInfo);
    expect(sectionsFor(scoped).map((section) => section.label)).not.toContain('Journal');
    expect(scoped.permissions).toContain('export:run');
  });

  it('offers only the sections every role has while the role is not known yet', () => {
    expect(sectionsFor(NOBODY)).toEqual(SECTIONS.filter((section) => !section.requires));
    expect(sectionsFor(NOBODY).map((section) => section.label)).toEqual(labels('supportLead'));
  });
});
