import { describe, expect, it } from 'vitest';
import type { TimeRange } from '../../../../../../src/shared/query/logQuery';
import {
  timeRangeControlsAtFault,
  typedRangeProblem,
} from '../../../../../../src/renderer/src/features/logGrid/timeRangeFault';

const between = (from?: string, to?: string): TimeRange => ({ kind: 'absolute', from, to });

describe('the controls of a time range an error about it belongs to', () => {
  it.each([
    ['a reversed range edited at its end', between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'), 'to', ['to']],
    ['a reversed range edited at its start', between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'), 'from', ['from']],
    [
      'a reversed range not edited here (a link)',
      between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'),
      null,
      ['from'],
    ],
    // Instants, not strings: 10:00+05:00 is before 06:00Z.
    ['bounds in other offsets, reversed', between('2026-11-01T12:00:00+05:00', '2026-11-01T06:00:00Z'), 'to', ['to']],
    [
      'a start before the year 1000, the end edited last',
      between('0999-10-01T00:00:00Z', '2026-11-01T00:00:00Z'),
      'to',
      ['from'],
    ],
    ['an end past the year 9999', between('2026-10-01T00:00:00Z', '+010000-01-01T00:00:00Z'), 'from', ['to']],
    ['a start that is no instant', between('garbage', '2026-11-01T00:00:00Z'), null, ['from']],
    ['both bounds no instant (a link)', between('junk', 'junk'), null, ['from', 'to']],
    // The sentence names the end a link wrote as no date at all: it is the one marked.
    ['an end that is no instant, the start outside the years', between('0999-10-01T00:00:00Z', 'junk'), null, ['to']],
    ['a range the bounds are right with', between('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z'), 'to', ['preset']],
    ['a relative range', { kind: 'relative', last: '7d' } as const, null, ['preset']],
    ['no range', undefined, null, ['preset']],
  ] as const)('%s', (_, range, lastEdited, expected) => {
    expect(timeRangeControlsAtFault(range, lastEdited)).toEqual(expected);
  });

  it.each([
    ['the start unreadable, the range it held fine', between('2026-10-01T00:00:00Z'), 'to', { from: true }, ['from']],
    ['the end unreadable, the start outside the years', between('0999-10-01T00:00:00Z'), null, { to: true }, ['to']],
    // Both are marked, as the sentence names both; the focus goes to the first.
    ['both unreadable', undefined, 'to', { from: true, to: true }, ['from', 'to']],
    [
      'a bound unreadable while a preset is chosen',
      { kind: 'relative', last: '7d' } as const,
      null,
      { to: true },
      ['to'],
    ],
    ['none unreadable, a reversed range', between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'), 'to', {}, ['to']],
  ] as const)('%s', (_, range, lastEdited, unreadable, expected) => {
    expect(timeRangeControlsAtFault(range, lastEdited, unreadable)).toEqual(expected);
  });
});

describe('what is wrong with a time range as its fields hold it', () => {
  const unread = 'is not a whole date and time: a part of it is empty, or the month has no such day.';
  const outside = 'outside the years 1000 to 9999 (UTC) the console supports; change the start or the end.';
  it.each([
    [
      'a start the browser cannot read',
      'operational',
      between(undefined, '2026-11-01T00:00:00Z'),
      { from: true },
      `Created from ${unread}`,
    ],
    [
      'an end the browser cannot read, on the client page',
      'activity',
      between('2026-10-01T00:00:00Z'),
      { to: true },
      `Date to ${unread}`,
    ],
    [
      'an unreadable start before a reversed pair',
      'operational',
      between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'),
      { from: true },
      `Created from ${unread}`,
    ],
    [
      'an end the clocks skip, held as typed before a reversed pair, said as it was found',
      'activity',
      between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'),
      { to: { typed: '2026-03-29T02:30', problem: 'Date to, 02:30 on 29 March 2026, does not exist.' } },
      'Date to, 02:30 on 29 March 2026, does not exist.',
    ],
    [
      'a year of five digits',
      'operational',
      between('2026-10-01T00:00:00Z', '+020000-11-01T00:00:00.000Z'),
      {},
      `The end of the time range is after 9999-12-31T23:59:59.999Z, ${outside}`,
    ],
    [
      'a year of six digits at the start',
      'activity',
      between('+275760-09-13T00:00:00.000Z'),
      {},
      `The start of the time range is after 9999-12-31T23:59:59.999Z, ${outside}`,
    ],
    [
      'a year before 1000',
      'operational',
      between('0999-10-01T00:00:00.000Z'),
      {},
      `The start of the time range is before 1000-01-01T00:00:00Z, ${outside}`,
    ],
    [
      'a reversed pair',
      'operational',
      between('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'),
      {},
      'The start of the time range is after its end. Swap the two dates so the start comes first, or choose a preset.',
    ],
    [
      'a start that is no instant, said by its field, quoted, with why',
      'operational',
      between('yesterday', '2026-11-01T00:00:00Z'),
      {},
      'Created from “yesterday” cannot be used: it is not a date and time with its offset, such as ' +
        '2026-10-01T00:00:00Z. Enter a date and time in its field, or choose a preset.',
    ],
    [
      'both bounds the browser cannot read, each named',
      'activity',
      undefined,
      { from: true, to: true },
      `Date from ${unread} Date to ${unread}`,
    ],
    [
      'both bounds no instant, each named, quoted, with why',
      'activity',
      between('junk', '2026-02-30T00:00:00Z'),
      {},
      'Date from “junk” cannot be used: it is not a date and time with its offset, such as 2026-10-01T00:00:00Z. ' +
        'Date to “2026-02-30T00:00:00Z” cannot be used: February 2026 has no day 30. ' +
        'Enter a date and time in their fields, or choose a preset.',
    ],
    [
      'an end a link gave with a day the calendar has not, the start edited beside it',
      'activity',
      between('2026-01-01T00:00:00Z', '2026-02-30T00:00:00Z'),
      {},
      'Date to “2026-02-30T00:00:00Z” cannot be used: February 2026 has no day 30. ' +
        'Enter a date and time in its field, or choose a preset.',
    ],
    [
      'a range the bounds are right with',
      'operational',
      between('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z'),
      {},
      undefined,
    ],
    ['a relative range', 'activity', { kind: 'relative', last: '7d' } as const, {}, undefined],
    ['no range', 'operational', undefined, {}, undefined],
  ] as const)('%s', (_, family, range, unreadable, expected) => {
    expect(typedRangeProblem(family, range, unreadable)).toBe(expected);
  });
});
