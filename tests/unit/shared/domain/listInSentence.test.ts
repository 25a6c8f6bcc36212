import { describe, expect, it } from 'vitest';
import { listFirstOf, listInSentence } from '../../../../src/shared/domain/listInSentence';

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

describe('the first items of a list, the rest counted', () => {
  it.each([
    [[], ''],
    [['e1', 'e2'], 'e1, e2'],
    [['e1', 'e2', 'e3'], 'e1, e2, e3'],
    [['e1', 'e2', 'e3', 'e4', 'e5'], 'e1, e2, e3 and 2 more'],
  ])('%j with three named reads “%s”', (items, sentence) => {
    expect(listFirstOf(items, 3)).toBe(sentence);
  });
});
