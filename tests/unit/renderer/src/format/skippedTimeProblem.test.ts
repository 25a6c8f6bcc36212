import { describe, expect, it } from 'vitest';
import { skippedTimeProblem } from '../../../../../src/renderer/src/format/skippedTimeProblem';

describe('skippedTimeProblem', () => {
  it('names a time the clocks skip going forward, and the times either side of the gap', () => {
    expect(skippedTimeProblem('The start', '2026-03-29T02:30', 'Europe/Berlin')).toBe(
      'The start, 02:30 on 29 March 2026, does not exist in Europe/Berlin: the clocks went forward from 02:00 to 03:00. Type a time before 02:00, or 03:00 or later.',
    );
    expect(skippedTimeProblem('The end', '2026-03-08T02:00:30', 'America/New_York')).toBe(
      'The end, 02:00:30 on 8 March 2026, does not exist in America/New_York: the clocks went forward from 02:00 to 03:00. Type a time before 02:00, or 03:00 or later.',
    );
  });

  it('names the days of a gap a whole day long', () => {
    expect(skippedTimeProblem('The start', '2011-12-30T12:00', 'Pacific/Apia')).toBe(
      'The start, 12:00 on 30 December 2011, does not exist in Pacific/Apia: the clocks went forward from 00:00 to 00:00 on 31 December 2011. Type a time before 00:00, or 00:00 on 31 December 2011 or later.',
    );
  });

  it.each([
    ['2026-03-29T01:59', 'Europe/Berlin'],
    ['2026-03-29T03:00', 'Europe/Berlin'],
    // Clocks going back repeat an hour: each of its times exists, twice.
    ['2026-10-25T02:30', 'Europe/Berlin'],
    ['2026-03-29T02:30', 'UTC'],
    ['2026-03-29T02:30:15.25', 'Asia/Kolkata'],
    ['2026-02-30T10:00', 'Europe/Berlin'],
    ['', 'Europe/Berlin'],
  ])('says nothing of %j in %s, a time that exists or no time at all', (value, zone) => {
    expect(skippedTimeProblem('The start', value, zone)).toBeNull();
  });
});
