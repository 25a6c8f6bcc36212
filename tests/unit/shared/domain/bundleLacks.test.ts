import { describe, expect, it } from 'vitest';
import { bundleLacks } from '../../../../src/shared/domain/bundleLacks';

const SESSIONS = 'Sessions come from activity events.';

describe('what a view says over a reopened bundle lacking the family it reads', () => {
  it.each([
    [
      'a bundle of operational logs, read for activity',
      { operational: 811, activity: 0 },
      'activity',
      SESSIONS,
      'This bundle holds no activity events: its queries read operational logs only. Sessions come from activity events.',
    ],
    [
      'a bundle of activity events, read for operational logs',
      { operational: 0, activity: 12 },
      'operational',
      'The Logs tab reads operational logs.',
      'This bundle holds no operational logs: its queries read activity events only. The Logs tab reads operational logs.',
    ],
    [
      'a bundle whose queries matched nothing',
      { operational: 0, activity: 0 },
      'activity',
      SESSIONS,
      'This bundle holds no activity events: its queries matched no records at all. Sessions come from activity events.',
    ],
    ['a bundle holding the family', { operational: 0, activity: 1 }, 'activity', SESSIONS, null],
    ['a live source', null, 'activity', SESSIONS, null],
  ] as const)('%s', (_case, families, family, reads, expected) => {
    expect(bundleLacks(families, family, reads)).toBe(expected);
  });
});
