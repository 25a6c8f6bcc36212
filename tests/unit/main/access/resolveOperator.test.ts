import { describe, expect, it } from 'vitest';
import { resolveOperator } from '../../../../src/main/access/resolveOperator';
import { Settings } from '../../../../src/shared/domain/settings';

const user = { id: 'jdoe', name: 'Jane Doe' };

describe('resolveOperator', () => {
  it('makes the user of an unconfigured workstation its console admin', () => {
    expect(resolveOperator(Settings.parse({}), user)).toEqual({ ...user, role: 'admin', scope: null });
  });

  it('uses the mapping for a listed user, scope included', () => {
    const mapped = { id: 'jdoe', name: 'Jane', role: 'supportLead' as const, scope: { clientIds: ['c1'] } };
    expect(resolveOperator(Settings.parse({ operators: [mapped] }), user)).toEqual(mapped);
  });

  it('gives unlisted users the default role once mappings exist', () => {
    const settings = Settings.parse({
      operators: [{ id: 'boss', name: 'Boss', role: 'admin', scope: null }],
      defaultRole: 'auditor',
    });
    expect(resolveOperator(settings, user).role).toBe('auditor');
  });
});
