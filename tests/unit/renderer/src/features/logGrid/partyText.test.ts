import { describe, expect, it } from 'vitest';
import { resolvePartyText } from '../../../../../../src/renderer/src/features/logGrid/partyText';

const liam = { id: 'c1', name: 'Liam Kumar', count: 3 };
const emma = { id: 'c2', name: 'Emma Kumar', count: 5 };

describe('text typed in a party field and not picked', () => {
  it('applies the one party it names, and an exact id among several', () => {
    expect(resolvePartyText(' Liam ', [liam], [], 'Client')).toEqual({ kind: 'pick', suggestion: liam });
    expect(resolvePartyText('c2', [liam, emma], [], 'Client')).toEqual({ kind: 'pick', suggestion: emma });
    // One of two namesakes chosen already: the other is the one meant.
    expect(resolvePartyText('Kumar', [liam, emma], ['c1'], 'Client')).toEqual({ kind: 'pick', suggestion: emma });
  });

  it('asks for a pick when the text names several parties, none, or is still being looked up', () => {
    const several = resolvePartyText('Kumar', [liam, emma], [], 'Client');
    expect(several).toEqual({ kind: 'problem', message: expect.stringContaining('matches more than one client') });
    const none = resolvePartyText('Zzz', [], [], 'Employee');
    expect(none).toEqual({ kind: 'problem', message: expect.stringContaining('No employee matches “Zzz”') });
    const pending = resolvePartyText('Kum', null, [], 'Client');
    expect(pending).toEqual({ kind: 'problem', message: expect.stringContaining('Still looking up “Kum”') });
  });

  it('never repeats a token or card number pasted into the field', () => {
    const pasted = resolvePartyText('Bearer 9f8e7d6c5b4a39281706f5e4 4111111111111111', [], [], 'Client');
    expect(pasted).toEqual({
      kind: 'problem',
      message: expect.stringContaining('No client matches “Bearer [redacted: token] [redacted: card •••• 1111]”'),
    });
  });

  it('asks for nothing when the field is empty or every party it names is chosen already', () => {
    expect(resolvePartyText('  ', null, [], 'Client')).toEqual({ kind: 'empty' });
    expect(resolvePartyText('Kumar', [liam, emma], ['c1', 'c2'], 'Client')).toEqual({ kind: 'empty' });
  });
});
