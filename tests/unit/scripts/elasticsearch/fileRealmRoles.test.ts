import { describe, expect, it } from 'vitest';
import { convergeUsersRoles, holdsExactly } from '../../../../scripts/elasticsearch/fileRealmRoles';

describe('convergeUsersRoles', () => {
  it('gives each defined user exactly their roles and leaves other users alone', () => {
    const current = [
      '# a comment',
      'reader:ac-auditor,someone',
      'desk_en:ac-lead',
      'ops:someone',
      'stale:ac-auditor',
      '',
    ].join('\n');
    const converged = convergeUsersRoles(current, [
      { username: 'ac-auditor', clusterRoles: ['auditor'] },
      { username: 'ac-lead', clusterRoles: ['lead', 'desk_en'] },
    ]);
    expect(converged).toBe('auditor:ac-auditor\nlead:ac-lead\ndesk_en:ac-lead\nreader:someone\nops:someone\n');
  });

  it('is stable: converging converged text changes nothing', () => {
    const defined = [{ username: 'a', clusterRoles: ['x', 'y'] }];
    const once = convergeUsersRoles('', defined);
    expect(once).toBe('x:a\ny:a\n');
    expect(convergeUsersRoles(once, defined)).toBe(once);
  });
});

describe('holdsExactly', () => {
  it.each([
    [['a', 'b'], ['b', 'a'], true],
    [['a'], ['a', 'b'], false],
    [['a', 'c'], ['a', 'b'], false],
  ])('%j against %j: %s', (reported, defined, expected) => {
    expect(holdsExactly(reported, defined)).toBe(expected);
  });
});
