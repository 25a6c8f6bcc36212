import { describe, expect, it } from 'vitest';
import { readWholeNumber, type WholeNumberRule } from '../../../../../src/renderer/src/format/readWholeNumber';

const RULE: WholeNumberRule = {
  min: 1,
  max: 90,
  unit: 'days',
  rule: 'Give the days as a whole number from 1 to 90, digits only (for example 7)',
  below: (text) => `${text} days is none`,
  above: (text) => `${text} days is more than the 90 kept`,
};

describe('readWholeNumber', () => {
  it.each([
    ['1', 1],
    ['7', 7],
    ['90', 90],
    ['007', 7],
  ])('takes the plain whole number %j', (text, value) => {
    expect(readWholeNumber(text, RULE)).toEqual({ value });
  });

  it.each([
    ['', 'Give the days as a whole number from 1 to 90, digits only (for example 7).'],
    ['1e2', '“1e2” is not a plain whole number. Give the days'],
    ['+5', '“+5” is not a plain whole number.'],
    ['-5', '“-5” is not a plain whole number.'],
    ['0x10', '“0x10” is not a plain whole number.'],
    ['0b11', '“0b11” is not a plain whole number.'],
    ['Infinity', '“Infinity” is not a plain whole number.'],
    ['NaN', '“NaN” is not a plain whole number.'],
    ['1_000', '“1_000” is not a plain whole number.'],
    ['１２', '“１２” is not a plain whole number.'],
    ['1 2', '“1 2” is not a plain whole number.'],
    [' 12 ', '“12” has spaces around it.'],
    ['   12', '“12” has spaces around it.'],
    ['\t12', '“12” has spaces around it.'],
    ['   ', 'The field holds only spaces.'],
    ['\u202E84', '“⟨U+202E⟩84” is not a plain whole number.'],
    ['48\u200B', '“48⟨U+200B⟩” is not a plain whole number.'],
    [' \u202E84', '“⟨U+202E⟩84” has spaces around it.'],
    ['1.5', '“1.5” is not whole days.'],
    ['12.', '“12.” is not whole days.'],
    ['1,5', '“1,5” is not whole days.'],
    ['0', '0 days is none.'],
    ['91', '91 days is more than the 90 kept.'],
  ])('refuses %j, saying what is wrong and what it takes', (text, problem) => {
    const read = readWholeNumber(text, RULE);
    expect(read).toEqual({ problem: expect.stringContaining(problem) });
    expect('problem' in read && read.problem).toMatch(/Give the days as a whole number from 1 to 90, digits only/);
  });

  it('quotes no more than the start of a long text, so the sentence stays readable', () => {
    for (const text of ['x'.repeat(300), '9'.repeat(300), `${'1'.repeat(299)}.`]) {
      const read = readWholeNumber(text, RULE);
      expect('problem' in read).toBe(true);
      const problem = 'problem' in read ? read.problem : '';
      expect(problem.length).toBeLessThan(200);
      expect(problem).toContain('…');
    }
  });

  it.each(['4111111111111111', '4111 1111 1111 1111', ' 5555555555554444', 'password=hunter22'])(
    'never repeats the card number or secret in %j, and says what to do',
    (text) => {
      const read = readWholeNumber(text, RULE);
      const problem = 'problem' in read ? read.problem : '';
      expect(problem).toMatch(
        /^The field holds “[^”]*\[redacted: [^\]]+\][^”]*”, a card number or a secret, not days; clear it\./,
      );
      expect(problem).toMatch(/Give the days as a whole number from 1 to 90, digits only/);
      expect(problem.replace(/\D/g, '')).not.toMatch(/\d{12}/);
      expect(problem).not.toContain('hunter22');
    },
  );
});
