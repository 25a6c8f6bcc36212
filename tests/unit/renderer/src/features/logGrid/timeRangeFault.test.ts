import { describe, expect, it } from 'vitest';
import type { TimeRange } from '../../../../../../src/shared/query/logQuery';
import { timeRangeControlAtFault } from '../../../../../../src/renderer/src/features/logGrid/timeRangeFault';

const between = (from?: string, to?: string): TimeRange => ({ kind: 'absolute', from, to });

describe('the control of a time range an error about it belongs to', () => {
  it.each([
    ['a reversed range edited at its end', between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'), 'to', 'to'],
    ['a reversed range edited at its start', between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'), 'from', 'from'],
    [
      'a reversed range not edited here (a link)',
      between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'),
      null,
      'from',
    ],
    // Instants, not strings: 10:00+05:00 is before 06:00Z.
    ['bounds in other offsets, reversed', between('2026-11-01T12:00:00+05:00', '2026-11-01T06:00:00Z'), 'to', 'to'],
    [
      'a start before the year 1000, the end edited last',
      between('0999-10-01T00:00:00Z', '2026-11-01T00:00:00Z'),
      'to',
      'from',
    ],
    ['an end past the year 9999', between('2026-10-01T00:00:00Z', '+010000-01-01T00:00:00Z'), 'from', 'to'],
    ['a start that is no instant', between('garbage', '2026-11-01T00:00:00Z'), null, 'from'],
    ['a range the bounds are right with', between('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z'), 'to', 'preset'],
    ['a relative range', { kind: 'relative', last: '7d' } as const, null, 'preset'],
    ['no range', undefined, null, 'preset'],
  ] as const)('%s', (_, range, lastEdited, expected) => {
    expect(timeRangeControlAtFault(range, lastEdited)).toBe(expected);
  });
});
