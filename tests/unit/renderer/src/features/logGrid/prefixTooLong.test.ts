import { describe, expect, it } from 'vitest';
import { prefixTooLongProblem } from '../../../../../../src/renderer/src/features/logGrid/prefixTooLong';

describe('what a party field says of text too long to suggest names for', () => {
  it('counts with a thousands separator, as every other too-long sentence does', () => {
    expect(prefixTooLongProblem('x'.repeat(5000))).toBe(
      'A name or id is at most 100 characters; this one has 5,000. Shorten it to the start of a name or id.',
    );
  });

  it('counts the text without the spaces around it, and says nothing of text that fits', () => {
    expect(prefixTooLongProblem(`  ${'x'.repeat(100)}  `)).toBeNull();
    expect(prefixTooLongProblem('x'.repeat(101))).toContain('this one has 101.');
  });
});
