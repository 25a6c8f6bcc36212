import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { characterCount, tooLong, tooLongInLinkSentence, tooLongSentence } from '../../../../src/shared/domain/tooLong';

const refusal = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((each) => each.message);

describe('the sentence of a text past its limit', () => {
  it.each([
    [
      'The channel',
      100,
      140,
      undefined,
      'The channel is too long: shorten it to at most 100 characters; this one has 140.',
    ],
    [
      'The note',
      20_000,
      20_001,
      undefined,
      'The note is too long: shorten it to at most 20,000 characters; this one has 20,001.',
    ],
    [
      'The file name',
      200,
      1_244,
      'bytes',
      'The file name is too long: shorten it to at most 200 bytes; this one has 1,244.',
    ],
  ] as const)('%s, %i, %i %s', (subject, max, length, unit, sentence) => {
    expect(tooLongSentence(subject, max, length, unit)).toBe(sentence);
  });
});

describe('the sentence of an id in a link past its limit', () => {
  it('says what the id is longer than, the limit and the length, and nothing of shortening what was not typed', () => {
    const sentence = tooLongInLinkSentence('event id', 200, 5_000);
    expect(sentence).toBe(
      'The event id in the link is longer than any event id: at most 200 characters; this one has 5,000.',
    );
    expect(sentence).not.toMatch(/shorten/i);
  });
});

describe('a schema refusing a text past its limit', () => {
  it('says the field, the limit and the length of the text as the schema counted it', () => {
    const title = z.string().trim().max(200, tooLong('The title'));
    // Trimmed first; an emoji is one character, as the limit counts it.
    expect(refusal(title, `  ${'t'.repeat(200)}😀  `)).toEqual([
      'The title is too long: shorten it to at most 200 characters; this one has 201.',
    ]);
    expect(refusal(title, `  ${'t'.repeat(199)}😀  `)).toBeUndefined();
    expect(refusal(z.string().max(2_000, tooLong('The purpose')), 'p'.repeat(12_345))).toEqual([
      'The purpose is too long: shorten it to at most 2,000 characters; this one has 12,345.',
    ]);
  });

  it('adds what else to do as a sentence of its own', () => {
    const path = z.string().max(10, tooLong('The file path', 'Check it, or choose the file instead.'));
    expect(refusal(path, '/'.repeat(11))).toEqual([
      'The file path is too long: shorten it to at most 10 characters; this one has 11. Check it, or choose the file instead.',
    ]);
  });

  it('leaves the other refusals of the field as they are', () => {
    const name = z.string().min(1, 'Name it.').max(5, tooLong('The name'));
    expect(refusal(name, '')).toEqual(['Name it.']);
  });
});

describe('the length of a text as the limits count it', () => {
  it('counts code points, as the schemas do: an emoji, a CJK character and a letter are one each', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('abc')).toBe(3);
    expect(characterCount('😀漢é')).toBe(3);
    // The schemas' own count: ten emoji pass a limit of ten, eleven do not.
    expect(characterCount('😀'.repeat(10))).toBe(10);
    expect(z.string().max(10).safeParse('😀'.repeat(10)).success).toBe(true);
    expect(z.string().max(10).safeParse('😀'.repeat(11)).success).toBe(false);
  });
});
