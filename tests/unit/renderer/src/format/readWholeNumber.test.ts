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

/** Why digits joined by commas or spaces other than in thousands are refused. */
const GROUPS = (quoted: string) =>
  `${quoted} is not a whole number as written: a comma or a space goes only between groups of three digits.`;

/** A rule that takes thousands: the fewest clients of a bulk operation. */
const MANY: WholeNumberRule = {
  min: 2,
  max: 100_000,
  unit: 'clients',
  rule: 'Give the fewest clients as a whole number from 2 to 100,000, digits only or grouped by thousands (for example 500)',
  below: (text) => `${text} clients is too few`,
  above: (text) => `${text} clients is too many`,
};

describe('readWholeNumber: digits grouped by thousands, as a reader writes them', () => {
  it.each([
    ['5,000', 5000],
    ['5 000', 5000],
    ['5\u00A0000', 5000],
    ['5\u202F000', 5000],
    ['5\u2009000', 5000],
    ['100,000', 100_000],
    ['12 345', 12_345],
    ['5000', 5000],
  ])('takes %j as %d', (text, value) => {
    expect(readWholeNumber(text, MANY)).toEqual({ value });
  });

  it.each([
    ['5,00', GROUPS('“5,00”')],
    ['50,00,0', GROUPS('“50,00,0”')],
    ['5,0000', GROUPS('“5,0000”')],
    ['5000,000', GROUPS('“5000,000”')],
    ['5  000', GROUPS('“5  000”')],
    ['5, 000', GROUPS('“5, 000”')],
    ['5,000 000', GROUPS('“5,000 000”')],
    [',500', '“,500” is not a plain whole number.'],
    ['5_000', '“5_000” is not a plain whole number.'],
    ['5.000', '“5.000” is not whole clients.'],
    ['5\u3000000', '“5\u3000000” is not a plain whole number.'],
    ['1,000,000', '1,000,000 clients is too many.'],
  ])('refuses %j, saying what is wrong and what to type', (text, problem) => {
    const read = readWholeNumber(text, MANY);
    expect(read).toEqual({ problem: expect.stringContaining(problem) });
    expect('problem' in read && read.problem).toMatch(/Give the fewest clients as a whole number from 2 to 100,000/);
  });

  it('never reads a card number written in thousands, nor repeats it', () => {
    for (const text of ['4,111,111,111,111,111', '4 111 111 111 111 111']) {
      const read = readWholeNumber(text, MANY);
      const problem = 'problem' in read ? read.problem : '';
      expect(problem).toMatch(
        /^The field holds “\[redacted: [^\]]+\]”, a card number or a secret, not clients; clear it\./,
      );
      expect(problem).not.toContain('4111111111');
      expect(problem).not.toContain(text);
    }
  });

  it('reads a link’s number as digits only, as the console writes it, naming the digits to give', () => {
    expect(readWholeNumber('5000', MANY, { link: 'minClients' })).toEqual({ value: 5000 });
    expect(readWholeNumber('5,000', MANY, { link: 'minClients' })).toEqual({
      problem: expect.stringMatching(
        /^“5,000” is written with thousands separators; a link gives digits only, as in 5000\. Give the fewest clients/,
      ),
    });
    expect(readWholeNumber('5,00', MANY, { link: 'minClients' })).toEqual({
      problem: expect.stringContaining(GROUPS('“5,00”')),
    });
  });

  it('names the link’s parameter, not a field, when a link holds only spaces or a card number', () => {
    expect(readWholeNumber('  ', MANY, { link: 'minClients' })).toEqual({
      problem: expect.stringMatching(/^The link’s minClients holds only spaces\. Give the fewest clients/),
    });
    expect(readWholeNumber('4111111111111111', MANY, { link: 'minClients' })).toEqual({
      problem: expect.stringMatching(
        /^The link’s minClients holds “\[redacted: [^\]]+\]”, a card number or a secret, not clients\. Give/,
      ),
    });
  });
});

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
    ['1 2', GROUPS('“1 2”')],
    [' 12 ', '“12” has spaces around it.'],
    ['   12', '“12” has spaces around it.'],
    ['\t12', '“12” has spaces around it.'],
    ['   ', 'The field holds only spaces.'],
    ['\u202E84', '“⟨U+202E⟩84” is not a plain whole number.'],
    ['48\u200B', '“48⟨U+200B⟩” is not a plain whole number.'],
    [' \u202E84', '“⟨U+202E⟩84” has spaces around it.'],
    ['1.5', '“1.5” is not whole days.'],
    ['12.', '“12.” is not whole days.'],
    ['1,5', GROUPS('“1,5”')],
    ['12,', GROUPS('“12,”')],
    ['1.000', '“1.000” is not whole days.'],
    ['5,000', '5,000 days is more than the 90 kept.'],
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
