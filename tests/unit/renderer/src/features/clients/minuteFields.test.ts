import { describe, expect, it } from 'vitest';
import { InactivityGapMinutes } from '../../../../../../src/shared/domain/sessions';
import { CrossLinkMinutes } from '../../../../../../src/shared/query/crossLinks';
import { readGapMinutes, readWindowMinutes } from '../../../../../../src/renderer/src/features/clients/minuteFields';

const JUNK = ['', '1e2', '+5', '0x10', ' 12 ', '1.5', '-5', 'abc', 'x'.repeat(300)];

describe('the inactivity gap field', () => {
  it.each([
    ['1', 1],
    ['30', 30],
    ['1440', 1440],
  ])('takes %j as %d minutes', (text, minutes) => {
    expect(readGapMinutes(text)).toEqual({ value: minutes });
  });

  it.each(JUNK)('refuses %j, naming the minutes it takes', (text) => {
    expect(readGapMinutes(text)).toEqual({
      problem: expect.stringContaining(
        'Give the inactivity gap as a whole number of minutes from 1 to 1,440 (24 hours), digits only',
      ),
    });
  });

  it('says why a gap out of range is refused', () => {
    expect(readGapMinutes('0')).toEqual({ problem: expect.stringMatching(/^A gap of 0 minutes would make/) });
    expect(readGapMinutes('1441')).toEqual({ problem: expect.stringMatching(/^A gap of 1441 minutes is more than/) });
  });

  it('takes exactly what main takes', () => {
    for (const minutes of [0, 1, 2, 1439, 1440, 1441]) {
      expect('value' in readGapMinutes(String(minutes))).toBe(InactivityGapMinutes.safeParse(minutes).success);
    }
  });
});

describe('the cross-links window field', () => {
  it.each([
    ['1', 1],
    ['10', 10],
    ['1440', 1440],
  ])('takes %j as %d minutes', (text, minutes) => {
    expect(readWindowMinutes(text)).toEqual({ value: minutes });
  });

  it.each(JUNK)('refuses %j, naming the minutes it takes', (text) => {
    expect(readWindowMinutes(text)).toEqual({
      problem: expect.stringContaining(
        'Give the window as a whole number of minutes from 1 to 1,440 (24 hours) either side, digits only',
      ),
    });
  });

  it('takes exactly what the links are made with', () => {
    for (const minutes of [0, 1, 2, 1439, 1440, 1441]) {
      expect('value' in readWindowMinutes(String(minutes))).toBe(CrossLinkMinutes.safeParse(minutes).success);
    }
  });
});
