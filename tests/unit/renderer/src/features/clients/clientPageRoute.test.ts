import { describe, expect, it } from 'vitest';
import {
  clientViewPath,
  GAP_NEVER_READ,
  linkedRange,
  readClientPageRoute,
  rangeProblem,
  readTimeParams,
  sameTimeRange,
  sessionParamsNeverRead,
  unreadParams,
  withoutIgnored,
  withTimeRange,
  withUnreadableKept,
} from '../../../../../../src/renderer/src/features/clients/clientPageRoute';
import { readSearch } from '../../../../../../src/renderer/src/routing/readSearch';

describe("the client page's route", () => {
  it('reads the view, the range and the gap, and defaults to the events', () => {
    const page = readClientPageRoute('/clients/C-1/sessions?last=7d&gap=45');
    expect(page).toMatchObject({
      view: 'sessions',
      viewText: 'sessions',
      timeRange: { kind: 'relative', last: '7d' },
      timeIgnored: [],
      gapText: '45',
    });
    expect(readClientPageRoute('/clients/C-1')).toMatchObject({ view: 'events', timeRange: undefined, gapText: '30' });
    expect(readClientPageRoute('/clients/C-1/')).toMatchObject({ view: 'events' });
    expect(readClientPageRoute('/clients/C-1/coverage/')).toMatchObject({ view: 'coverage' });
  });

  it('reads the gap as plain digits only, never as another number than the address shows', () => {
    expect(readClientPageRoute('/clients/C-1/sessions?gap=45').gap).toEqual({ value: 45 });
    expect(readClientPageRoute('/clients/C-1/sessions').gap).toEqual({ value: 30 });
    for (const junk of ['1e2', '%2B5', '0x10', '%2012%20', '1.5', '0', '1441', '', 'x'.repeat(300)]) {
      const page = readClientPageRoute(`/clients/C-1/sessions?gap=${junk}`);
      expect(page.gap, junk).toEqual({ problem: expect.stringContaining('whole number of minutes from 1 to 1,440') });
      expect(page.gapText).toBe(decodeURIComponent(junk));
    }
  });

  it('names a view it does not know instead of guessing one', () => {
    expect(readClientPageRoute('/clients/C-1/timeline')).toMatchObject({ view: null, viewText: 'timeline' });
    expect(readClientPageRoute('/clients/C-1/events/extra')).toMatchObject({ view: null, viewText: 'events/extra' });
  });

  it('refuses junk and reversed ranges, each with why, and keeps the gap text as written for its field', () => {
    const junk = readClientPageRoute('/clients/C-1/sessions?last=forever&gap=-5');
    expect(junk.timeIgnored).toEqual([
      { param: 'last', value: 'forever', reason: expect.stringMatching(/^a relative range is one of: 15m/) },
    ]);
    expect(junk.gapText).toBe('-5');
    const reversed = readTimeParams(new URLSearchParams('from=2026-10-30T00:00:00Z&to=2026-10-01T00:00:00Z'));
    expect(reversed.timeIgnored.map((item) => [item.param, item.reason])).toEqual([
      ['from', 'the start is after the end (2026-10-01T00:00:00Z)'],
      ['to', 'the end is before the start (2026-10-30T00:00:00Z)'],
    ]);
    // A reversed range says what to do about it, not only what is wrong.
    expect(rangeProblem(reversed.timeIgnored, 'no coverage is shown')).toBe(
      'This range cannot be used, so no coverage is shown: ' +
        'from “2026-10-30T00:00:00Z”: the start is after the end (2026-10-01T00:00:00Z); ' +
        'to “2026-10-01T00:00:00Z”: the end is before the start (2026-10-30T00:00:00Z). ' +
        'Swap the two dates so the start comes first, or choose a preset.',
    );
    expect(readTimeParams(new URLSearchParams('from=yesterday')).timeIgnored).toEqual([
      {
        param: 'from',
        value: 'yesterday',
        reason: 'it is not a date and time with its offset, such as 2026-10-01T00:00:00Z',
      },
    ]);
  });

  it('reads only the time parameters as a range: the rest of the address is the views’ own', () => {
    const read = readTimeParams(new URLSearchParams('gap=30&source=terminal&last=24h'));
    expect(read).toEqual({ timeRange: { kind: 'relative', last: '24h' }, timeIgnored: [] });
  });

  it('carries the range and the gap from view to view, and leaves the filters with their view', () => {
    const params = new URLSearchParams('last=7d&gap=45&client=X&q=text');
    // The gap stays in the address on the views that do not read it, for the Sessions view to find again.
    expect(clientViewPath('C 1/2', 'events', params)).toBe('/clients/C%201%2F2/events?last=7d&gap=45');
    expect(clientViewPath('C1', 'logs', params)).toBe('/clients/C1/logs?last=7d&gap=45');
    expect(clientViewPath('C1', 'coverage', params)).toBe('/clients/C1/coverage?last=7d&gap=45');
    expect(clientViewPath('C1', 'sessions', params)).toBe('/clients/C1/sessions?last=7d&gap=45');
    expect(clientViewPath('C1', 'sessions', params, { gap: '60' })).toBe('/clients/C1/sessions?last=7d&gap=60');
    // A gap given twice is carried as given, for the Sessions view to say so again.
    expect(clientViewPath('C1', 'logs', new URLSearchParams('gap=5&gap=90'))).toBe('/clients/C1/logs?gap=5&gap=90');
    expect(clientViewPath('C1', 'coverage', new URLSearchParams())).toBe('/clients/C1/coverage');
  });

  it('carries a range bound or gap not validly percent-encoded as the address writes it, unless set anew', () => {
    const search = 'from=%E0%A4%A&gap=%&q=%E0%A4%A&to=2026-10-01T00:00:00Z&zzz=1';
    expect(clientViewPath('C1', 'logs', search)).toBe(
      '/clients/C1/logs?to=2026-10-01T00%3A00%3A00Z&from=%E0%A4%A&gap=%',
    );
    expect(clientViewPath('C1', 'sessions', `?${search}`, { gap: '60' })).toBe(
      '/clients/C1/sessions?to=2026-10-01T00%3A00%3A00Z&gap=60&from=%E0%A4%A',
    );
    expect(clientViewPath('C1', 'coverage', 'last=7d&gap=45&q=x')).toBe('/clients/C1/coverage?last=7d&gap=45');
  });

  it('keeps what a new range does not set as the address writes it, a gap not validly encoded included', () => {
    const page = readClientPageRoute('/clients/C1/sessions?from=%E0%A4%A&gap=%&zzz=1');
    const isTime = (name: string) => ['last', 'from', 'to'].includes(name);
    const next = withTimeRange(page.params, { kind: 'relative', last: '7d' });
    expect(withUnreadableKept(next, 'from=%E0%A4%A&gap=%&zzz=1', (name) => !isTime(name))).toBe('zzz=1&last=7d&gap=%');
  });

  it('names a parameter the address gives without = as written', () => {
    const page = readClientPageRoute('/clients/C1/sessions?zzz&yyy=&%');
    const named = [...page.unreadable, ...unreadParams(page.params, page.bare)];
    expect(named.map(({ param, value, written }) => written ?? `${param}=${value}`)).toEqual(['%', 'zzz', 'yyy=']);
  });

  it('replaces the range and keeps every other parameter', () => {
    const params = new URLSearchParams('last=7d&gap=45');
    expect(withTimeRange(params, undefined).toString()).toBe('gap=45');
    expect(
      withTimeRange(params, { kind: 'absolute', from: '2026-10-01T00:00:00.000Z', to: '2026-10-02T00:00:00.000Z' })
        .toString()
        .split('&')
        .sort(),
    ).toEqual(['from=2026-10-01T00%3A00%3A00.000Z', 'gap=45', 'to=2026-10-02T00%3A00%3A00.000Z']);
    expect(withTimeRange(new URLSearchParams('from=a&to=b'), { kind: 'relative', last: '1h' }).toString()).toBe(
      'last=1h',
    );
    // The operator's parameters are left as they were.
    expect(params.toString()).toBe('last=7d&gap=45');
  });
});

describe("the client page's route, a gap given more than once", () => {
  it('uses none of them and says so', () => {
    const page = readClientPageRoute('/clients/C-1/sessions?gap=5&gap=90');
    expect(page.gap).toEqual({
      problem: expect.stringMatching(
        /^The link gives the gap more than once \(“5”, “90”\), so none of them is used\. Give /,
      ),
    });
  });
});

describe("the client page's route, a bound the calendar has not", () => {
  it.each([
    ['2026-02-30', 'February 2026 has no day 30'],
    ['2026-02-29T10:00:00Z', 'February 2026 has no day 29'],
    ['2026-04-31T10:00:00Z', 'April 2026 has no day 31'],
    ['2026-01-00T10:00:00Z', 'January 2026 has no day 0'],
    ['2026-13-01T00:00:00Z', 'there is no month 13; months run from 01 to 12'],
    ['2026-00-10T00:00:00Z', 'there is no month 0; months run from 01 to 12'],
    ['2026-01-01T25:00:00Z', 'there is no hour 25; hours run from 00 to 23'],
    ['2026-01-01T24:00:00Z', 'there is no hour 24; hours run from 00 to 23'],
    ['2026-01-01T10:60:00Z', 'there is no minute 60; minutes run from 00 to 59'],
    ['2026-01-01T10:00:61+02:00', 'there is no second 61; seconds run from 00 to 59'],
  ])('is said to be impossible, quoted, and never shown as another day: %s', (written, reason) => {
    const page = readClientPageRoute(`/clients/C-1/events?from=${encodeURIComponent(written)}&to=2026-12-01T00:00:00Z`);
    expect(page.timeRange).toEqual({ kind: 'absolute', to: '2026-12-01T00:00:00Z' });
    expect(page.timeIgnored).toEqual([{ param: 'from', value: written, reason }]);
    expect(rangeProblem(page.timeIgnored, 'nothing is shown')).toBe(
      `This range cannot be used, so nothing is shown: from “${written}”: ${reason}.`,
    );
    // The fields are given both bounds as written: the impossible one's field says why rather than show another day.
    expect(linkedRange(page.params)).toEqual({ kind: 'absolute', from: written, to: '2026-12-01T00:00:00Z' });
  });

  it('takes real days as they are: a leap day, the last of a month, the last second of a day', () => {
    for (const real of ['2024-02-29T10:00:00Z', '2000-02-29T00:00:00Z', '2026-04-30T23:59:59Z']) {
      const page = readClientPageRoute(`/clients/C-1/events?from=${encodeURIComponent(real)}`);
      expect(page.timeIgnored, real).toEqual([]);
      expect(page.timeRange, real).toEqual({ kind: 'absolute', from: real });
    }
    const century = readClientPageRoute('/clients/C-1/events?to=1900-02-29T00:00:00Z');
    expect(century.timeIgnored[0]?.reason).toBe('February 1900 has no day 29');
  });
});

describe("the client page's route, parameters the Sessions and Coverage views do not read", () => {
  const NO_SUCH = 'this page has no such parameter';

  it('names each of them, every value, and never the range or the gap', () => {
    const params = new URLSearchParams('tab=zzz&last=7d&gap=45&zzz=1&zzz=2&source=terminal&from=junk');
    expect(unreadParams(params)).toEqual([
      { param: 'tab', value: 'zzz', reason: NO_SUCH },
      { param: 'zzz', value: '1', reason: NO_SUCH },
      { param: 'zzz', value: '2', reason: NO_SUCH },
      { param: 'source', value: 'terminal', reason: NO_SUCH },
    ]);
    expect(unreadParams(new URLSearchParams('last=forever&gap=abc&gap=5&to=x'))).toEqual([]);
  });

  it('leaves out exactly what a notice names, keeping the rest as written, a refused range too', () => {
    const search = 'from=2026-02-30T00:00:00Z&zzz=1&source=junk&source=terminal&gap=45';
    const ignored = [
      { param: 'zzz', value: '1', reason: NO_SUCH },
      { param: 'source', value: 'junk', reason: 'it is not one of: terminal' },
    ];
    expect(withoutIgnored(search, ignored)).toBe('from=2026-02-30T00:00:00Z&source=terminal&gap=45');
    // A grid names a parameter it has no such name for once, by its first value: every value goes.
    expect(withoutIgnored('?zzz=1&last=7d&zzz=2', ignored)).toBe('last=7d');
    const long = 'x'.repeat(5000);
    const written = new URLSearchParams({ [long]: long });
    expect(withoutIgnored(written.toString(), unreadParams(written))).toBe('');
  });

  it('leaves out a parameter not validly percent-encoded only when the notice names it, the rest as written', () => {
    const search = 'from=%E0%A4%A&q=%E0%A4%A&source=a%20b&%&gap=%&detail=ev%2F1&zzz=1';
    const { badlyEncoded } = readSearch(search);
    const named = (param: string) =>
      badlyEncoded.filter((item) => item.param === param).map(({ value }) => ({ param, value, reason: 'bad' }));
    // The search text alone goes: the refused range's bound, the gap and the open event stay as written.
    expect(withoutIgnored(search, named('q'))).toBe('from=%E0%A4%A&source=a%20b&%&gap=%&detail=ev%2F1&zzz=1');
    expect(withoutIgnored(search, [...named('%'), { param: 'zzz', value: '1', reason: NO_SUCH }])).toBe(
      'from=%E0%A4%A&q=%E0%A4%A&source=a%20b&gap=%&detail=ev%2F1',
    );
  });
});

describe("the client page's route, a grid's new query while the range is refused", () => {
  it('tells a range chosen anew from the one the grid read', () => {
    const to = { kind: 'absolute', to: '2026-03-05T00:00:00Z' } as const;
    expect(sameTimeRange(to, { to: '2026-03-05T00:00:00Z', kind: 'absolute' })).toBe(true);
    expect(sameTimeRange(undefined, undefined)).toBe(true);
    expect(sameTimeRange(to, { kind: 'absolute', from: '2026-03-01T00:00:00Z', to: '2026-03-05T00:00:00Z' })).toBe(
      false,
    );
    expect(sameTimeRange(to, undefined)).toBe(false);
    expect(sameTimeRange({ kind: 'relative', last: '7d' }, { kind: 'relative', last: '24h' })).toBe(false);
  });
});

describe("a client page's range as its link writes it, and the gap nothing reads", () => {
  it.each([
    [
      'from=2026-02-30T00:00:00Z&to=2026-10-05T00:00:00Z',
      { kind: 'absolute', from: '2026-02-30T00:00:00Z', to: '2026-10-05T00:00:00Z' },
    ],
    [
      'from=2026-10-20T00:00:00Z&to=2026-10-10T00:00:00Z',
      { kind: 'absolute', from: '2026-10-20T00:00:00Z', to: '2026-10-10T00:00:00Z' },
    ],
    ['from=yesterday', { kind: 'absolute', from: 'yesterday' }],
    ['from=a&from=b&to=2026-10-05T00:00:00Z', { kind: 'absolute', to: '2026-10-05T00:00:00Z' }],
    ['last=7d', { kind: 'relative', last: '7d' }],
    ['last=8d', undefined],
    ['gap=45', undefined],
  ])('%s gives the fields %j', (search, range) => {
    expect(linkedRange(new URLSearchParams(search))).toEqual(range);
  });

  it('names each value of the gap with why, and nothing else', () => {
    expect(sessionParamsNeverRead(new URLSearchParams('gap=5&zzz=1&gap=90'))).toEqual([
      { param: 'gap', value: '5', reason: GAP_NEVER_READ },
      { param: 'gap', value: '90', reason: GAP_NEVER_READ },
    ]);
    expect(sessionParamsNeverRead(new URLSearchParams('last=7d'))).toEqual([]);
  });
});

describe("the client page's route: parameters the address does not validly percent-encode", () => {
  it('names a range bound so written, so the range is refused rather than widened', () => {
    const page = readClientPageRoute('/clients/C-1/sessions?from=%E0%A4%A&to=2026-10-01T00:00:00Z');
    expect(page.timeIgnored).toEqual([
      { param: 'from', value: '%E0%A4%A', reason: expect.stringContaining('does not validly percent-encode') },
    ]);
    expect(page.params.toString()).toBe('to=2026-10-01T00%3A00%3A00Z');
  });

  it('refuses a gap so written in words, never the default gap in its place', () => {
    const page = readClientPageRoute('/clients/C-1/sessions?gap=3%E0');
    expect(page.gap).toEqual({
      problem: expect.stringMatching(/^The link’s gap “3%E0” is not validly percent-encoded/),
    });
    expect(page.gapText).toBe('3%E0');
  });

  it('keeps any other such parameter out of the parameters and names it', () => {
    const page = readClientPageRoute('/clients/C-1/coverage?q=%E0%A4%A&last=7d');
    expect(page.unreadable.map(({ param, value }) => `${param}=${value}`)).toEqual(['q=%E0%A4%A']);
    expect([page.params.toString(), page.timeIgnored]).toEqual(['last=7d', []]);
  });
});
