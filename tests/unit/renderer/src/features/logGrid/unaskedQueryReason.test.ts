import { describe, expect, it } from 'vitest';
import { unaskedQueryReason } from '../../../../../../src/renderer/src/features/logGrid/unaskedQueryReason';

describe('unaskedQueryReason: why a grid’s query is not exported or pinned while it is not the one asked for', () => {
  it.each([
    [{ problems: 0, rangeRefused: false, shown: 'the logs' }, null],
    [
      { problems: 1, rangeRefused: false, shown: 'the logs' },
      'This link asks for something the console cannot use, named below: show the logs without it, or fix the link, to export the logs.',
    ],
    [
      { problems: 2, rangeRefused: false, shown: 'the events' },
      'This link asks for things the console cannot use, named below: show the events without them, or fix the link, to export the logs.',
    ],
    [
      { problems: 0, rangeRefused: true, shown: 'the events' },
      'The range this link asks for cannot be used, as the Date control says: fix it to export the logs.',
    ],
    [
      { problems: 1, rangeRefused: true, shown: 'the events' },
      'This link asks for something the console cannot use, named below: show the events without it, or fix the link, to export the logs. The range this link asks for cannot be used, as the Date control says: fix it to export the logs.',
    ],
  ])('%j', (unasked, reason) => {
    expect(unaskedQueryReason('export the logs', unasked)).toBe(reason);
  });
});
