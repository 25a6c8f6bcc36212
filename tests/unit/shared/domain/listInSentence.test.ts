import { describe, expect, it } from 'vitest';
import { listInSentence } from '../../../../src/shared/domain/listInSentence';

describe('names listed in a sentence', () => {
  it.each([
    [[], ''],
    [['operator'], 'operator'],
    [['from', 'to'], 'from and to'],
    [['operator', 'channel', 'from'], 'operator, channel and from'],
    [['a', 'b', 'c', 'd'], 'a, b, c and d'],
  ])('%j reads “%s”', (names, sentence) => {
    expect(listInSentence(names)).toBe(sentence);
  });
});
