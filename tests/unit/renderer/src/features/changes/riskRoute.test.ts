import { describe, expect, it } from 'vitest';
import { readRiskRoute, riskPath } from '../../../../../../src/renderer/src/features/changes/riskRoute';

const read = (path: string) => readRiskRoute(new URLSearchParams(path.split('?')[1] ?? ''));

describe("the Risk page's route", () => {
  it('asks for the hours it is given, read back as those hours', () => {
    expect(riskPath(48)).toBe('/risk?hours=48');
    expect(read(riskPath(720))).toEqual({ hours: 720, minClients: null, timeRange: undefined, ignored: [] });
  });

  it('asks for none, with no bare ?, when the page is to show its default', () => {
    expect(riskPath(null)).toBe('/risk');
  });

  it.each([
    [{ kind: 'absolute', from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' }],
    [{ kind: 'absolute', from: '2026-01-01T00:00:00.000Z' }],
    [{ kind: 'relative', last: '7d' }],
  ] as const)('keeps the period %j beside the hours, read back as that period', (timeRange) => {
    const path = riskPath(24, timeRange);
    expect(path).toMatch(/^\/risk\?hours=24&(from|last)=/);
    expect(read(path)).toEqual({ hours: 24, minClients: null, timeRange, ignored: [] });
    expect(read(riskPath(null, timeRange))).toEqual({ hours: null, minClients: null, timeRange, ignored: [] });
  });

  it.each([
    ['a reversed period', 'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from', /^the start is after the end/],
    ['a start that is not a date', 'from=yesterday', 'from', /./],
    ['a day the calendar has not', 'to=2026-02-30T00:00:00Z', 'to', /./],
    ['a preset the console has not', 'last=forever', 'last', /^a relative range is one of: /],
  ])('names %s as ignored and reads no period, the hours still read', (_, search, param, reason) => {
    const route = read(`/risk?hours=12&${search}`);
    expect(route.hours).toBe(12);
    expect(route.timeRange).toBeUndefined();
    expect(route.ignored[0]).toMatchObject({ param, reason: expect.stringMatching(reason) });
    // Only the period's own parameters are named: none is taken for one the page has not.
    for (const each of route.ignored) expect(['from', 'to', 'last']).toContain(each.param);
  });

  it.each([2, 500, 100_000])(
    'keeps the fewest clients %j beside the hours and the period, read back as given',
    (least) => {
      const timeRange = { kind: 'relative', last: '30d' } as const;
      const path = riskPath(48, timeRange, least);
      expect(path).toBe(`/risk?hours=48&minClients=${least}&last=30d`);
      expect(read(path)).toEqual({ hours: 48, minClients: least, timeRange, ignored: [] });
      expect(read(riskPath(null, undefined, least))).toEqual({
        hours: null,
        minClients: least,
        timeRange: undefined,
        ignored: [],
      });
    },
  );

  it.each([
    ['0', /^0 clients is no bulk operation/],
    ['1', /^1 client is no bulk operation/],
    ['-5', /^“-5” is not a plain whole number/],
    ['1e9', /^“1e9” is not a plain whole number/],
    ['1000000000', /^1000000000 clients is more than the 100,000/],
    ['100001', /^100001 clients is more than the 100,000/],
    ['abc', /^“abc” is not a plain whole number/],
    ['5'.repeat(5_000), /^5{39}… clients is more than the 100,000/],
    ['x'.repeat(5_000), /^“x{39}…” is not a plain whole number/],
    [' 500 ', /^“500” has spaces around it/],
    ['   ', /^The link’s minClients holds only spaces\. /],
    [
      '4111111111111111',
      /^The link’s minClients holds “\[redacted: card [^\]]+\]”, a card number or a secret, not clients\. /,
    ],
    ['', /^Give the fewest clients/],
    ['5.5', /^“5.5” is not whole clients/],
    ['5,000', /^“5,000” is written with thousands separators; a link gives digits only, as in 5000\. /],
    ['5 000', /^“5 000” is written with thousands separators; a link gives digits only, as in 5000\. /],
    [
      '5,00',
      /^“5,00” is not a whole number as written: a comma or a space goes only between groups of three digits\. /,
    ],
  ])('names the fewest clients %j as ignored, saying what it takes, the rest of the link still read', (given, why) => {
    const route = read(`/risk?hours=12&${new URLSearchParams({ minClients: given }).toString()}&last=7d`);
    expect(route).toMatchObject({ hours: 12, minClients: null, timeRange: { kind: 'relative', last: '7d' } });
    expect(route.ignored).toEqual([{ param: 'minClients', value: given, reason: expect.stringMatching(why) }]);
    expect(route.ignored[0]?.reason).toContain('a whole number from 2 to 100,000, digits only');
    // However long the value, the sentence naming it stays one readable line.
    expect(route.ignored[0]?.reason.length).toBeLessThan(250);
  });

  it('names each fewest clients a link gives more than once, and uses none of them', () => {
    const route = read('/risk?minClients=500&minClients=600');
    expect(route.minClients).toBeNull();
    expect(route.ignored).toEqual([
      { param: 'minClients', value: '500', reason: 'the link gives the fewest clients more than once' },
      { param: 'minClients', value: '600', reason: 'the link gives the fewest clients more than once' },
    ]);
  });
});
