import { describe, expect, it } from 'vitest';
import { RISK_HOURS } from '../../../../../../src/renderer/src/features/changes/riskHours';
import { readWholeNumber } from '../../../../../../src/renderer/src/format/readWholeNumber';

const readRiskHours = (text: string) => readWholeNumber(text, RISK_HOURS);

describe('the hours a Risk field or link takes', () => {
  it.each([
    ['1', 1],
    ['48', 48],
    ['720', 720],
    ['048', 48],
  ])('takes the plain whole number %j', (text, hours) => {
    expect(readRiskHours(text)).toEqual({ value: hours });
  });

  it.each([
    ['', /^Give the hours/],
    ['1e2', /“1e2” is not a plain whole number/],
    ['+5', /“\+5” is not a plain whole number/],
    ['-5', /“-5” is not a plain whole number/],
    ['0x10', /“0x10” is not a plain whole number/],
    ['0b11', /is not a plain whole number/],
    ['Infinity', /is not a plain whole number/],
    ['١٢', /is not a plain whole number/],
    [' 12 ', /“12” has spaces around it/],
    ['12 ', /has spaces around it/],
    ['1.5', /“1.5” is not whole hours/],
    ['12.', /is not whole hours/],
    ['1,5', /“1,5” is not a whole number as written: a comma or a space goes only between groups of three digits/],
    ['1,000', /^1,000 hours is more than the 720/],
    ['0', /0 hours finds nothing/],
    ['721', /721 hours is more than the 720/],
    ['99999999999999999999', /is more than the 720/],
  ])('refuses %j, saying what is wrong and what it takes', (text, problem) => {
    const read = readRiskHours(text);
    expect(read).toEqual({ problem: expect.stringMatching(problem) });
    expect('problem' in read && read.problem).toContain('a whole number from 1 to 720, digits only');
  });
});
