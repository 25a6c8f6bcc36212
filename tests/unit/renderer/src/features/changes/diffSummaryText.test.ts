import { describe, expect, it } from 'vitest';
import { diffSummaryText } from '../../../../../../src/renderer/src/features/changes/diffSummaryText';
import type { DiffSummary } from '../../../../../../src/shared/domain/changeDiff';

const none: DiffSummary = { added: 0, removed: 0, changed: 0, typeChanged: 0, moved: 0, hidden: 0 };

/** Hidden values are among those counted: the summary never reads as if they were more of them. */
describe('the diff summary', () => {
  it.each([
    [{}, 'No differences'],
    [{ changed: 300 }, '300 changed'],
    [{ changed: 300, hidden: 1 }, '300 changed (1 of them hidden)'],
    [{ changed: 1, hidden: 1 }, '1 changed (its value hidden)'],
    [{ changed: 2, hidden: 2 }, '2 changed (all of them hidden)'],
    [{ changed: 2, added: 1, hidden: 1 }, '2 changed, 1 added (1 of these 3 hidden)'],
    [{ changed: 1, typeChanged: 1, moved: 2, removed: 1 }, '1 changed, 1 removed, 1 type changed, 2 moved'],
    // An object added whole counts once; each hidden value inside it counts.
    [{ added: 1, hidden: 3 }, '1 added (3 values in it hidden)'],
  ])('says %j as “%s”', (counts, text) => {
    expect(diffSummaryText({ ...none, ...counts })).toBe(text);
  });
});
