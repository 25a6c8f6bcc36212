import { describe, expect, it } from 'vitest';
import { BUNDLE_CASE_SHOWN } from '../../../../src/shared/contract/bundleChannels';
import type { BundleCase } from '../../../../src/shared/domain/bundleFormat';
import type { Operator } from '../../../../src/shared/domain/roles';
import { bundleCaseView, SCOPED_CASE_WITHHELD } from '../../../../src/main/sources/bundleCaseView';

const everyClient: Operator = { id: 'ivy', name: 'Ivy', role: 'investigator', scope: null };
const scoped: Operator = { id: 'rob', name: 'Rob', role: 'riskOfficer', scope: { clientIds: ['C-1'] } };
const AT = '2026-12-01T10:00:00.000Z';

const carried = (notes: number, stars: number): BundleCase => ({
  title: 'Wallets',
  reference: 'INC-9',
  notes: Array.from({ length: notes }, (_, index) => ({ at: AT, author: 'Ivy', text: `note ${index}` })),
  stars: Array.from({ length: stars }, (_, index) => ({ family: 'activity', recordId: `ev-${index}`, at: AT })),
});

describe("a reopened bundle's case", () => {
  it('is shown as exported, its notes and stars in order, a star without a note saying so', () => {
    expect(bundleCaseView(carried(1, 1), everyClient)).toEqual({
      case: {
        title: 'Wallets',
        reference: 'INC-9',
        notes: [{ at: AT, author: 'Ivy', text: 'note 0' }],
        noteCount: 1,
        stars: [{ family: 'activity', recordId: 'ev-0', note: null, at: AT }],
        starCount: 1,
      },
      withheld: null,
    });
  });

  it('holds at most the first notes and stars, and says how many there are', () => {
    const shown = bundleCaseView(carried(BUNDLE_CASE_SHOWN + 3, BUNDLE_CASE_SHOWN + 7), everyClient).case;
    expect(shown?.notes).toHaveLength(BUNDLE_CASE_SHOWN);
    expect(shown?.stars).toHaveLength(BUNDLE_CASE_SHOWN);
    expect([shown?.noteCount, shown?.starCount]).toEqual([BUNDLE_CASE_SHOWN + 3, BUNDLE_CASE_SHOWN + 7]);
    expect(shown?.stars.at(-1)?.recordId).toBe(`ev-${BUNDLE_CASE_SHOWN - 1}`);
  });

  it('is none for a bundle of views, or no bundle', () => {
    expect(bundleCaseView({ notes: [], stars: [] }, everyClient)).toEqual({ case: null, withheld: null });
    expect(bundleCaseView(null, everyClient)).toEqual({ case: null, withheld: null });
  });

  it('is withheld from an operator scoped to some clients, who is told why', () => {
    expect(bundleCaseView(carried(2, 2), scoped)).toEqual({ case: null, withheld: SCOPED_CASE_WITHHELD });
    // A bundle with no case has nothing to withhold.
    expect(bundleCaseView({ notes: [], stars: [] }, scoped)).toEqual({ case: null, withheld: null });
  });
});
