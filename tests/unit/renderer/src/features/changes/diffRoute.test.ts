import { describe, expect, it } from 'vitest';
import { diffPath, parseChangeRoute } from '../../../../../../src/renderer/src/features/changes/changeLinks';

const NO_SUCH = 'this page has no such parameter';
const HIDDEN = 'so they are hidden; tick Show unchanged values to list them';

describe("the diff page's unchanged values in its link", () => {
  it('writes them shown as unchanged=shown, and nothing when they are hidden', () => {
    expect(diffPath('ev-1', true)).toBe('/diff/ev-1?unchanged=shown');
    expect(diffPath('ev-1', false)).toBe('/diff/ev-1');
    expect(parseChangeRoute('/diff/ev-1?unchanged=shown')).toEqual({
      page: 'diff',
      eventId: 'ev-1',
      unchanged: true,
      ignored: [],
    });
  });

  it.each([
    [
      'unchanged=yes',
      [{ param: 'unchanged', value: 'yes', reason: expect.stringMatching(/only for “shown”, so they/) }],
    ],
    ['unchanged=', [{ param: 'unchanged', value: '', reason: expect.stringContaining(HIDDEN) }]],
    [
      'unchanged=shown&unchanged=shown',
      [
        { param: 'unchanged', value: 'shown', reason: expect.stringMatching(/^the link gives it more than once/) },
        { param: 'unchanged', value: 'shown', reason: expect.stringMatching(/^the link gives it more than once/) },
      ],
    ],
    ['unchanged=shown&x=1', [{ param: 'x', value: '1', reason: NO_SUCH }]],
  ])('names what %s holds that it cannot use, showing the changed values only unless asked', (search, ignored) => {
    const route = parseChangeRoute(`/diff/ev-1?${search}`);
    expect(route).toEqual({ page: 'diff', eventId: 'ev-1', unchanged: search === 'unchanged=shown&x=1', ignored });
  });
});

describe('a change link whose id is only blank', () => {
  it.each([
    ['/diff/%20', "The link's event id is blank, so it names no change."],
    ['/diff/%09%20', "The link's event id is blank, so it names no change."],
    ['/bulk/%20%20', "The link's bulk operation id is blank, so it names no bulk operation."],
    ['/history/client/%20', "The link's entity id is blank, so it names no edit history."],
  ])('says what %s lacks and where the change is found, never to "give" an id', (route, start) => {
    const read = parseChangeRoute(route);
    expect(read).toEqual({ page: 'badLink', route, problem: expect.stringMatching(/^The link's/) });
    const problem = read?.page === 'badLink' ? (read.problem ?? '') : '';
    expect(problem.startsWith(start)).toBe(true);
    expect(problem).toContain('Copy the link again from where it came from, or find the change on the Risk page');
    expect(problem).not.toMatch(/Give an id/);
  });

  it('names a blank event of a history link as ignored, saying what to do', () => {
    expect(parseChangeRoute('/history/client/c-1?event=%20')).toEqual({
      page: 'history',
      targetType: 'client',
      targetId: 'c-1',
      eventId: null,
      ignored: [
        {
          param: 'event',
          value: ' ',
          reason: 'The event id is blank: copy the link again from where it came from to open the edit it meant.',
        },
      ],
    });
  });
});
