import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../../../src/shared/contract/appInfo';
import { operatorOf, readOnlyReason } from '../../../../../../src/renderer/src/features/access/operator';

const info = (bundle?: { file: string }): AppInfo =>
  ({
    name: 'Audit Console',
    version: '0.0.0',
    transport: 'http',
    operator: { id: 'ivy', name: 'Ivy', role: 'investigator' },
    dataSource: {
      kind: 'embedded',
      label: 'Demo data',
      state: bundle ? 'bundle' : 'demo',
      detail: null,
      version: null,
      ...(bundle ? { bundle } : {}),
    },
  }) as AppInfo;

describe('the operator the screens read', () => {
  it('is nobody, refused nothing, while the status is not known', () => {
    expect(operatorOf(null)).toEqual({ role: null, permissions: [], openBundle: null, bundleCoverage: null });
    expect(readOnlyReason(operatorOf(undefined), 'save a view')).toBeNull();
  });

  it('has the permissions of the role and no refusal on a live source', () => {
    const operator = operatorOf(info());
    expect(operator.role).toBe('investigator');
    expect(operator.permissions).toContain('cases:manage');
    expect(operator.permissions).toContain('bundle:create');
    expect(readOnlyReason(operator, 'save a view')).toBeNull();
  });

  it('names the open bundle and the way out when a write would be refused', () => {
    const operator = operatorOf(info({ file: 'evidence.acbundle' }));
    expect(operator.openBundle).toBe('evidence.acbundle');
    expect(readOnlyReason(operator, 'pin its queries to a case')).toBe(
      'The reopened bundle evidence.acbundle is read-only: close it to pin its queries to a case.',
    );
  });

  it('names each hidden character of a bundle file name in the refusal, as the banner does', () => {
    const operator = operatorOf(info({ file: 'case \u202E77\u200B.acbundle' }));
    expect(readOnlyReason(operator, 'save a view')).toBe(
      'The reopened bundle case ⟨U+202E⟩77⟨U+200B⟩.acbundle is read-only: close it to save a view.',
    );
  });
});
