import { describe, expect, it } from 'vitest';
import type { IgnoredParam } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { unaskedQueryReason } from '../../../../../../src/renderer/src/features/logGrid/unaskedQueryReason';

const gap: IgnoredParam = { param: 'gap', value: '0', reason: 'it is not a whole number of minutes from 1 to 1440' };
const zzz: IgnoredParam = { param: 'zzz', value: '1', reason: 'this page has no such parameter' };
const many: IgnoredParam[] = ['a', 'b', 'c'].map((param) => ({ ...zzz, param }));

describe('unaskedQueryReason: why a grid’s query is not exported or pinned while it is not the one asked for', () => {
  it.each([
    [{ ignored: [], rangeRefused: false, shown: 'the logs' }, null],
    [
      { ignored: [gap], rangeRefused: false, shown: 'the logs' },
      'This link asks for something the console cannot use, named below: choose “Show the logs without gap” there, or fix the link, to export the logs.',
    ],
    [
      { ignored: [gap, zzz], rangeRefused: false, shown: 'the events' },
      'This link asks for things the console cannot use, named below: choose “Show the events without gap and zzz” there, or fix the link, to export the logs.',
    ],
    [
      { ignored: many, rangeRefused: false, shown: 'the logs' },
      'This link asks for things the console cannot use, named below: choose “Show the logs without these 3 parameters” there, or fix the link, to export the logs.',
    ],
    [
      { ignored: [], rangeRefused: true, shown: 'the events' },
      'The range this link asks for cannot be used, as the Period control says: fix it to export the logs.',
    ],
    [
      { ignored: [zzz], rangeRefused: true, shown: 'the events' },
      'This link asks for something the console cannot use, named below: choose “Show the events without zzz” there, or fix the link, to export the logs. The range this link asks for cannot be used, as the Period control says: fix it to export the logs.',
    ],
  ])('%j', (unasked, reason) => {
    expect(unaskedQueryReason('export the logs', unasked)).toBe(reason);
  });

  it('never says what to show the rows without as a bare “it” or “them”', () => {
    for (const ignored of [[gap], [gap, zzz]]) {
      expect(
        unaskedQueryReason('pin the query to a case', { ignored, rangeRefused: false, shown: 'the logs' }),
      ).not.toMatch(/without (it|them)\b/);
    }
  });
});
