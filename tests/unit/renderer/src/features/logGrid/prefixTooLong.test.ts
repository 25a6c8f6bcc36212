import { describe, expect, it } from 'vitest';
import { prefixTooLongProblem } from '../../../../../../src/renderer/src/features/logGrid/prefixTooLong';

describe('what a party field says of text too long to suggest names for', () => {
  it('names the field and counts with a thousands separator, as every other too-long sentence does', () => {
    expect(prefixTooLongProblem('x'.repeat(5000), 'Client')).toBe(
      'Text in the client field is too long: shorten it to at most 100 characters; this one has 5,000. Type only the start of a client’s name or id.',
    );
    expect(prefixTooLongProblem('x'.repeat(101), 'Employee')).toMatch(
      /^Text in the employee field is too long: shorten it to at most 100 characters/,
    );
  });

  it('says "an" before a party whose name starts with a vowel', () => {
    expect(prefixTooLongProblem('x'.repeat(101), 'Employee')).toMatch(
      /Type only the start of an employee’s name or id\.$/,
    );
    expect(prefixTooLongProblem('x'.repeat(101), 'Client')).toMatch(/Type only the start of a client’s name or id\.$/);
  });

  it('counts the text without the spaces around it, and says nothing of text that fits', () => {
    expect(prefixTooLongProblem(`  ${'x'.repeat(100)}  `, 'Client')).toBeNull();
    expect(prefixTooLongProblem('x'.repeat(101), 'Client')).toContain('this one has 101.');
  });
});
