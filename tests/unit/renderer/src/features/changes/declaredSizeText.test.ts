import { describe, expect, it } from 'vitest';
import { declaredSizeText } from '../../../../../../src/renderer/src/features/changes/declaredSizeText';

describe("a bulk operation's declared size", () => {
  it.each([
    [null, ''],
    [0, ' (declared size 0)'],
    [25, ' (declared size 25)'],
    [1234, ' (declared size 1,234)'],
    [1_000_000, ' (declared size 1,000,000)'],
  ])('of %j reads as the console writes counts: %j', (size, text) => {
    expect(declaredSizeText(size)).toBe(text);
  });
});
