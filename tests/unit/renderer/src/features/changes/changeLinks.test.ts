import { describe, expect, it } from 'vitest';
import {
  bulkPath,
  diffPath,
  historyPath,
  pageKey,
  parseChangeRoute,
} from '../../../../../../src/renderer/src/features/changes/changeLinks';

describe('change-view links', () => {
  it('round-trips ids with slashes, spaces and question marks through the address', () => {
    expect(parseChangeRoute(diffPath('ev/1 ?x'))).toEqual({
      page: 'diff',
      eventId: 'ev/1 ?x',
      unchanged: false,
      ignored: [],
    });
    expect(parseChangeRoute(diffPath('ev/1 ?x', true))).toEqual({
      page: 'diff',
      eventId: 'ev/1 ?x',
      unchanged: true,
      ignored: [],
    });
    expect(parseChangeRoute(historyPath('bank account', 'a/b', 'ev?2'))).toEqual({
      page: 'history',
      targetType: 'bank account',
      targetId: 'a/b',
      eventId: 'ev?2',
      ignored: [],
    });
    expect(parseChangeRoute(bulkPath('bulk-7'))).toEqual({ page: 'bulk', bulkId: 'bulk-7', ignored: [] });
    expect(parseChangeRoute('/risk')).toEqual({ page: 'risk', hours: null, minClients: null, ignored: [] });
  });

  it('writes a query on a diff or history link only when it has one, never a bare ?', () => {
    expect(diffPath('ev-1')).toBe('/diff/ev-1');
    expect(diffPath('ev-1', true)).toBe('/diff/ev-1?unchanged=shown');
    expect(historyPath('client', 'c-1')).toBe('/history/client/c-1');
    expect(historyPath('client', 'c-1', '')).toBe('/history/client/c-1');
    expect(historyPath('client', 'c 1', "ev 1~!'")).toBe("/history/client/c%201?event=ev%201~!'");
  });

  it('reads the hours a Risk link asks for, plain whole numbers in range only', () => {
    expect(parseChangeRoute('/risk?hours=100')).toEqual({ page: 'risk', hours: 100, minClients: null, ignored: [] });
    expect(parseChangeRoute('/risk?hours=720')).toEqual({ page: 'risk', hours: 720, minClients: null, ignored: [] });
  });

  // Each bad parameter is named with what it takes; the page then shows its default hours, never a guess.
  it.each([
    ['hours=1e2', 'hours', '1e2', /^“1e2” is not a plain whole number\. .*a whole number from 1 to 720/],
    ['hours=99999', 'hours', '99999', /^99999 hours is more than the 720 .*a whole number from 1 to 720/],
    ['hours=0', 'hours', '0', /^0 hours finds nothing\. .*from 1 to 720/],
    ['hours=', 'hours', '', /^Give the hours as a whole number from 1 to 720/],
    ['hours=%2B5', 'hours', '+5', /not a plain whole number/],
    ['last=forever', 'last', 'forever', /^this page has no such parameter$/],
  ])('names %s as a parameter it cannot use', (search, param, value, reason) => {
    const route = parseChangeRoute(`/risk?${search}`);
    expect(route).toMatchObject({ page: 'risk', hours: null, ignored: [{ param, value, reason }] });
    if (route?.page === 'risk') expect(route.ignored).toHaveLength(1);
  });

  it('names what a Risk link holds after /risk, as its text, and still reads its hours', () => {
    const below = 'the Risk page has no pages below it; its address is #/risk';
    expect(parseChangeRoute('/risk/extra?hours=24')).toEqual({
      page: 'risk',
      hours: 24,
      minClients: null,
      ignored: [{ param: '/extra', value: '', written: '/extra', reason: below }],
    });
    expect(parseChangeRoute('/risk/a/%ZZ/')).toMatchObject({ ignored: [{ written: '/a/%ZZ/', reason: below }] });
    // Read as its text, as every page names a junk address (hidden characters are named where it is shown);
    // what does not decode stays as the address writes it.
    expect(parseChangeRoute('/risk/%E2%80%AEevil%20path/%2Fx')).toMatchObject({
      ignored: [{ param: '/\u202Eevil path//x', written: '/\u202Eevil path//x', reason: below }],
    });
    expect(parseChangeRoute('/risk/')).toEqual({ page: 'risk', hours: null, minClients: null, ignored: [] });
    // Dropping it keeps the page, and the focus its button gives the hours.
    expect(pageKey('/risk/extra?hours=24')).toBe(pageKey('/risk?hours=24'));
  });

  it('uses no hours a link gives twice, and names every parameter it cannot use', () => {
    expect(parseChangeRoute('/risk?hours=24&hours=36&x=%3Cb%3E')).toEqual({
      page: 'risk',
      hours: null,
      minClients: null,
      ignored: [
        { param: 'hours', value: '24', reason: 'the link gives the hours more than once' },
        { param: 'hours', value: '36', reason: 'the link gives the hours more than once' },
        { param: 'x', value: '<b>', reason: 'this page has no such parameter' },
      ],
    });
    expect(pageKey('/risk?hours=24')).toBe(pageKey('/risk'));
  });

  // The page still shows what the link names; each parameter it does not use is named with why.
  const NO_SUCH = 'this page has no such parameter';
  it.each([
    [
      '/diff/x?event=1',
      { page: 'diff', eventId: 'x', unchanged: false, ignored: [{ param: 'event', value: '1', reason: NO_SUCH }] },
    ],
    ['/bulk/b-1?x=%3Cb%3E', { page: 'bulk', bulkId: 'b-1', ignored: [{ param: 'x', value: '<b>', reason: NO_SUCH }] }],
    [
      '/history/client/c-1?x=1&event=ev-1',
      {
        page: 'history',
        targetType: 'client',
        targetId: 'c-1',
        eventId: 'ev-1',
        ignored: [{ param: 'x', value: '1', reason: NO_SUCH }],
      },
    ],
    [
      '/history/client/c-1?event=a&event=b',
      {
        page: 'history',
        targetType: 'client',
        targetId: 'c-1',
        eventId: null,
        ignored: [
          { param: 'event', value: 'a', reason: 'the link gives the event more than once' },
          { param: 'event', value: 'b', reason: 'the link gives the event more than once' },
        ],
      },
    ],
    [
      `/history/client/c-1?event=${'e'.repeat(500)}`,
      {
        page: 'history',
        targetType: 'client',
        targetId: 'c-1',
        eventId: null,
        ignored: [
          {
            param: 'event',
            value: 'e'.repeat(500),
            reason: `The event id in the link is longer than any event id: at most 200 characters; this one has 500. Check the link, or the data source it came from.`,
          },
        ],
      },
    ],
    [
      '/history/client/c-1?event=%01',
      {
        page: 'history',
        targetType: 'client',
        targetId: 'c-1',
        eventId: null,
        ignored: [{ param: 'event', value: '\u0001', reason: 'An id cannot hold control characters.' }],
      },
    ],
  ])('names what %s holds that the page does not use', (route, expected) => {
    expect(parseChangeRoute(route)).toEqual(expected);
  });

  it.each(['/diff', '/diff/', '/history/client', '/history//x', '/bulk/'])(
    'names %s a bad link instead of guessing',
    (route) => {
      expect(parseChangeRoute(route)).toEqual({ page: 'badLink', route });
    },
  );

  it.each([
    [
      `/diff/${'e'.repeat(330)}`,
      'The event id in the link is longer than any event id: at most 200 characters; this one has 330. Check the link, or the data source it came from.',
    ],
    ['/bulk/%00%01', 'An id cannot hold control characters.'],
    [`/history/client/${encodeURIComponent('c-1\u007f')}`, 'An id cannot hold control characters.'],
    [
      `/history/${'t'.repeat(201)}/c-1`,
      'The entity type in the link is longer than any entity type: at most 200 characters; this one has 201. Check the link, or the data source it came from.',
    ],
  ])('names %s a bad link with what is wrong with its id', (route, problem) => {
    expect(parseChangeRoute(route)).toEqual({ page: 'badLink', route, problem });
  });

  it.each([
    ['/diff/a/b', 'A diff link ends after its id; this one goes on with “/b”.'],
    ['/history/client/a/b/c', 'A history link ends after its id; this one goes on with “/b/c”.'],
    ['/bulk/b-1/', 'A bulk link ends after its id; this one goes on with “/”.'],
    [`/bulk/b-1/${'x'.repeat(80)}`, `A bulk link ends after its id; this one goes on with “/${'x'.repeat(58)}…”`],
    ['/diff/%E0%A4%A', 'The address holds “%E0%A4%A”, which is not whole percent-encoded text.'],
    ['/history/%ZZ/c-1', 'The address holds “%ZZ”, which is not whole percent-encoded text.'],
  ])('names what is wrong with the path of %s', (route, problem) => {
    expect(parseChangeRoute(route)).toEqual({ page: 'badLink', route, problem });
  });

  // A decoder would read U+FFFD for a cut escape: each page names the parameter as written and reads nothing.
  it.each([
    ['/diff/ev-1?%ZZ=%E0%A4', '%ZZ=%E0%A4'],
    ['/history/client/C-1?event=%E0%A4%A', 'event=%E0%A4%A'],
    ['/bulk/b-1?x=%', 'x=%'],
    ['/risk?hours=%4', 'hours=%4'],
  ])('names a parameter %s does not validly percent-encode as written', (route, written) => {
    const read = parseChangeRoute(route);
    const ignored = read && 'ignored' in read ? read.ignored : [];
    expect(ignored).toHaveLength(1);
    expect(`${ignored[0]?.param}=${ignored[0]?.value}`).toBe(written);
    expect(ignored[0]?.reason).toMatch(/^the link does not validly percent-encode it/);
  });

  it('keeps what follows a second question mark in the parameter it belongs to', () => {
    expect(parseChangeRoute('/diff/ev-1?x=1?y=2')).toMatchObject({
      ignored: [{ param: 'x', value: '1?y=2', reason: 'this page has no such parameter' }],
    });
  });

  it('leaves other pages alone', () => {
    expect(parseChangeRoute('/logs')).toBeNull();
    expect(parseChangeRoute('/clients/c-1')).toBeNull();
  });

  it('keys a page by what it shows, not by its parameters or a client page’s tab', () => {
    expect(pageKey('/logs?action=delete&last=24h')).toBe(pageKey('/logs'));
    expect(pageKey('/clients/c-1/logs?last=7d')).toBe(pageKey('/clients/c-1/sessions'));
    expect(pageKey('/clients')).toBe(pageKey('/clients/c-2'));
    expect(pageKey(historyPath('client', 'c-1', 'ev-1'))).toBe(pageKey(historyPath('client', 'c-1', 'ev-2')));
    expect(pageKey(historyPath('client', 'c-1'))).not.toBe(pageKey(historyPath('client', 'c-2')));
    expect(pageKey(diffPath('ev-1'))).not.toBe(pageKey(diffPath('ev-2')));
    expect(pageKey('/logs')).not.toBe(pageKey('/clients'));
  });
});
