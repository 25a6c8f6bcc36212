import { describe, expect, it } from 'vitest';
import { readRiskRoute, riskPath } from '../../../../../../src/renderer/src/features/changes/riskRoute';

const read = (path: string) => readRiskRoute(new URLSearchParams(path.split('?')[1] ?? ''));

describe("the Risk page's route", () => {
  it('asks for the hours it is given, read back as those hours', () => {
    expect(riskPath(48)).toBe('/risk?hours=48');
    expect(read(riskPath(720))).toEqual({ hours: 720, timeRange: undefined, ignored: [] });
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
    expect(read(path)).toEqual({ hours: 24, timeRange, ignored: [] });
    expect(read(riskPath(null, timeRange))).toEqual({ hours: null, timeRange, ignored: [] });
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
});
