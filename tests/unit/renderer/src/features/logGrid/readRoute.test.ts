import { describe, expect, it } from 'vitest';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';

const OUTSIDE = 'outside the years 1000 to 9999 (UTC) the console supports';

describe('readRoute: a bound outside the supported years is left out, saying which and why', () => {
  it('leaves out the start of 0000-01-01 to 9999-12-31 and keeps its end and filters', () => {
    const read = readRoute(
      'operational',
      new URLSearchParams('from=0000-01-01T00:00:00Z&to=9999-12-31T23:59:59Z&action=delete'),
    );
    expect(read.ignored).toEqual([
      { param: 'from', value: '0000-01-01T00:00:00Z', reason: `it is before 1000-01-01T00:00:00Z, ${OUTSIDE}` },
    ]);
    expect(read.query.timeRange).toEqual({ kind: 'absolute', to: '9999-12-31T23:59:59Z' });
    expect(read.query.filters).toEqual({ action: ['delete'] });
  });

  it.each([
    ['from', '0999-12-31T18:59:59-05:00', `it is before 1000-01-01T00:00:00Z, ${OUTSIDE}`],
    ['to', '9999-12-31T23:59:59-05:00', `it is after 9999-12-31T23:59:59.999Z, ${OUTSIDE}`],
    ['to', '+020000-01-01T10:00:00Z', `it is after 9999-12-31T23:59:59.999Z, ${OUTSIDE}`],
    ['from', '-000001-01-01T10:00:00Z', `it is before 1000-01-01T00:00:00Z, ${OUTSIDE}`],
  ])('leaves out %s %s', (param, value, reason) => {
    const read = readRoute('activity', new URLSearchParams({ [param]: value }));
    expect(read.ignored).toEqual([{ param, value, reason }]);
    expect(read.query.timeRange).toBeUndefined();
  });

  it('keeps the first and last instants supported', () => {
    const read = readRoute('activity', new URLSearchParams('from=1000-01-01T00:00:00Z&to=9999-12-31T23:59:59.999Z'));
    expect(read.ignored).toEqual([]);
    expect(read.query.timeRange).toEqual({
      kind: 'absolute',
      from: '1000-01-01T00:00:00Z',
      to: '9999-12-31T23:59:59.999Z',
    });
  });
});

describe('readRoute: a bound written in the right form on a day or at a time the calendar has not', () => {
  it.each([
    ['from', '2026-02-30T00:00:00Z', 'February 2026 has no day 30'],
    ['to', '2026-04-31T10:00:00+02:00', 'April 2026 has no day 31'],
    ['from', '2026-13-01T00:00:00Z', 'there is no month 13; months run from 01 to 12'],
    ['to', '2026-01-01T25:00:00Z', 'there is no hour 25; hours run from 00 to 23'],
  ])('leaves out %s %s, saying what the calendar has not', (param, value, reason) => {
    for (const family of ['operational', 'activity'] as const) {
      const read = readRoute(family, new URLSearchParams({ [param]: value, q: 'refund' }));
      expect(read.ignored, family).toEqual([{ param, value, reason }]);
      expect(read.query.timeRange, family).toBeUndefined();
      expect(read.query.text, family).toBe('refund');
    }
  });

  it('still says what form a bound takes when it is not written as a date', () => {
    const read = readRoute('operational', new URLSearchParams('from=2026-02-28T10:00:00&to=tomorrow'));
    const reason = 'it is not a date and time with its offset, such as 2026-10-01T00:00:00Z';
    expect(read.ignored).toEqual([
      { param: 'from', value: '2026-02-28T10:00:00', reason },
      { param: 'to', value: 'tomorrow', reason },
    ]);
  });
});

describe('readRoute: a parameter that takes one value, given more than once, is used for none', () => {
  const MORE = 'the link gives it more than once, so neither value is used';

  it.each([
    ['q=a&q=b', 'q', ['a', 'b']],
    ['last=7d&last=forever', 'last', ['7d', 'forever']],
    ['last=7d&last=7d', 'last', ['7d', '7d']],
    ['from=2026-10-01T00:00:00Z&from=2026-10-25T00:00:00Z', 'from', ['2026-10-01T00:00:00Z', '2026-10-25T00:00:00Z']],
    ['to=2026-10-01T00:00:00Z&to=2026-10-25T00:00:00Z', 'to', ['2026-10-01T00:00:00Z', '2026-10-25T00:00:00Z']],
    ['sort=createdAt.asc&sort=zzz', 'sort', ['createdAt.asc', 'zzz']],
    ['size=100&size=7', 'size', ['100', '7']],
    ['mode=pages&mode=scroll', 'mode', ['pages', 'scroll']],
  ])('%s names every value and uses none', (search, param, values) => {
    const read = readRoute('activity', new URLSearchParams(search));
    expect(read.ignored).toEqual(values.map((value) => ({ param, value, reason: MORE })));
    expect(read.query.text).toBeUndefined();
    expect(read.query.timeRange).toBeUndefined();
    expect(read.paging).toEqual({ mode: 'scroll', page: 1 });
  });

  it('says a repeated page number, the mode given once being kept', () => {
    const read = readRoute('operational', new URLSearchParams('mode=pages&page=2&page=3'));
    expect(read.ignored).toEqual([
      { param: 'page', value: '2', reason: MORE },
      { param: 'page', value: '3', reason: MORE },
    ]);
    expect(read.paging).toEqual({ mode: 'pages', page: 1 });
  });
});

describe('readRoute: the page size is read as plain digits only', () => {
  it.each(['1e2', ' 100', '100 ', '+100', '100.0', '0x64'])('leaves out size=%s', (size) => {
    const read = readRoute('operational', new URLSearchParams({ size }));
    expect(read.ignored).toEqual([{ param: 'size', value: size, reason: expect.stringMatching(/^a page holds /) }]);
    expect(read.query.pageSize).not.toBe(100);
  });

  it('takes size=100', () => {
    const read = readRoute('operational', new URLSearchParams({ size: '100' }));
    expect(read.ignored).toEqual([]);
    expect(read.query.pageSize).toBe(100);
  });
});

describe('readRoute: search text holding a secret is left out, in the words main refuses it with', () => {
  it.each([
    ['4111 1111 1111 1111', 'a card number'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2', 'a JWT'],
  ])('leaves out q=%s and keeps the rest of the link', (text, looks) => {
    const read = readRoute('operational', new URLSearchParams({ q: text, action: 'delete' }));
    expect(read.ignored).toEqual([
      {
        param: 'q',
        value: text,
        reason: expect.stringContaining(`the search text looks like ${looks}; secrets are never searched`),
      },
    ]);
    expect(read.query.text).toBeUndefined();
    expect(read.query.filters).toEqual({ action: ['delete'] });
  });

  it('keeps ordinary text, and a card’s last four digits in quotes after a word', () => {
    for (const text of ['password reset', '"card 1111"']) {
      const read = readRoute('activity', new URLSearchParams({ q: text }));
      expect([read.ignored, read.query.text]).toEqual([[], text]);
    }
  });
});

describe('readRoute: search text holding a direction control is left out, in the words main refuses it with', () => {
  it('leaves out q holding a right-to-left override and keeps the rest of the link', () => {
    const read = readRoute('operational', new URLSearchParams({ q: 'refund \u202Edeliaf', action: 'delete' }));
    expect(read.ignored).toEqual([
      {
        param: 'q',
        value: 'refund \u202Edeliaf',
        reason:
          'the search text holds a hidden right-to-left override (U+202E); it changes how the text reads, so it was not run. Delete it and type the text again.',
      },
    ]);
    expect(read.query.text).toBeUndefined();
    expect(read.query.filters).toEqual({ action: ['delete'] });
  });

  it('keeps an emoji sequence joined by zero-width joiners', () => {
    const read = readRoute('operational', new URLSearchParams({ q: '👨\u200D👩\u200D👧 refund' }));
    expect([read.ignored, read.query.text]).toEqual([[], '👨\u200D👩\u200D👧 refund']);
  });
});

describe('readRoute: a party id holding a secret is left out, never sent', () => {
  const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2';
  it.each([
    ['operational', 'client', JWT, 'a JWT'],
    ['operational', 'not.client', '4111 1111 1111 1111', 'a card number'],
    ['operational', 'employee', '4111111111111111', 'a card number'],
    ['activity', 'client', JWT, 'a JWT'],
  ] as const)('leaves out %s %s=%s and keeps the rest of the link', (family, param, value, looks) => {
    const read = readRoute(
      family,
      new URLSearchParams([
        [param, value],
        ['q', 'refund'],
      ]),
    );
    expect(read.ignored).toEqual([
      {
        param,
        value,
        reason: `the value looks like ${looks}; secrets are never searched, so it was not used. Choose the value in the filter panel instead.`,
      },
    ]);
    expect(JSON.stringify(read.query)).not.toMatch(/eyJ|4111/);
    expect(read.query.text).toBe('refund');
  });

  it('keeps an ordinary client id', () => {
    const read = readRoute('operational', new URLSearchParams({ client: 'C1042' }));
    expect([read.ignored, read.query.filters]).toEqual([[], { clientId: ['C1042'] }]);
  });
});

describe('readRoute: the most useful reason first, and text a link does not validly encode', () => {
  const RLO_REASON =
    'the search text holds a hidden right-to-left override (U+202E); it changes how the text reads, so it was not run. Delete it and type the text again.';

  it('names a direction control in search text past the length limit, not the length', () => {
    const text = `${'refund '.repeat(80)}\u202Ex`;
    const read = readRoute('operational', new URLSearchParams({ q: text }));
    expect(read.ignored).toEqual([{ param: 'q', value: text, reason: RLO_REASON }]);
  });

  it('names a secret in a filter value past the length limit, not the length', () => {
    const value = `4111 1111 1111 1111 ${'x'.repeat(300)}`;
    const read = readRoute('operational', new URLSearchParams({ client: value }));
    expect(read.ignored).toEqual([{ param: 'client', value, reason: expect.stringContaining('a card number') }]);
  });

  it('names search text the address does not validly percent-encode, as written, and searches nothing for it', () => {
    const read = readRoute('operational', 'q=%E0%A4%A&action=delete&size=25');
    expect(read.ignored).toEqual([
      { param: 'q', value: '%E0%A4%A', reason: expect.stringMatching(/^the link does not validly percent-encode it/) },
    ]);
    expect(read.query.text).toBeUndefined();
    expect([read.query.filters, read.query.pageSize]).toEqual([{ action: ['delete'] }, 25]);
  });

  it('names a filter value given badly among good ones and keeps the good ones', () => {
    const read = readRoute('operational', 'action=delete&action=%FF&action=update');
    expect(read.ignored.map(({ param, value }) => `${param}=${value}`)).toEqual(['action=%FF']);
    expect(read.query.filters).toEqual({ action: ['delete', 'update'] });
  });

  it('reads an address that encodes well as URLSearchParams does, U+FFFD written as such included', () => {
    const read = readRoute('operational', 'q=caf%C3%A9+%EF%BF%BD');
    expect([read.ignored, read.query.text]).toEqual([[], 'café \uFFFD']);
  });
});
