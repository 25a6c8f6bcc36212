import { describe, expect, it } from 'vitest';
import { outliersText } from '../../../../../../src/renderer/src/features/changes/bulkOutliersText';

describe('how many members of a bulk operation differ from the rest', () => {
  it.each([
    ['none, every event read', 0, null, 'Every member got the same change.'],
    ['none, only the first events read', 0, 5_000, 'Every member in its first 5,000 events got the same change.'],
    ['one', 1, null, '1 member differs from the rest.'],
    // Counts read as every count in the console does: with the thousands separator.
    ['thousands', 1_204, null, '1,204 members differ from the rest.'],
    [
      'thousands of the first events read',
      2_500,
      5_000,
      '2,500 members in its first 5,000 events differ from the rest.',
    ],
  ])('%s', (_, outliers, read, expected) => {
    expect(outliersText(outliers, read)).toBe(expected);
  });
});
