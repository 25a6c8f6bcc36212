import { describe, expect, it } from 'vitest';
import { readRiskRoute, riskPath } from '../../../../../../src/renderer/src/features/changes/riskRoute';

describe("the Risk page's route", () => {
  it('asks for the hours it is given, read back as those hours', () => {
    expect(riskPath(48)).toBe('/risk?hours=48');
    expect(readRiskRoute(new URLSearchParams(riskPath(720).split('?')[1]))).toEqual({ hours: 720, ignored: [] });
  });

  it('asks for none, with no bare ?, when the page is to show its default', () => {
    expect(riskPath(null)).toBe('/risk');
  });
});
