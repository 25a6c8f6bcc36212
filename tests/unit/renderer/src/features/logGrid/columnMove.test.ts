import { describe, expect, it } from 'vitest';
import { movedNote, planColumnMove } from '../../../../../../src/renderer/src/features/logGrid/columnMove';

const ORDER = ['created', 'action', 'description'];
const ALL_SHOWN = new Set(ORDER);
/** Created, hidden Related operation, Action, hidden Source and Impacted table, Description. */
const MIXED = ['created', 'related', 'action', 'source', 'table', 'description'];
const MIXED_SHOWN = new Set(['created', 'action', 'description']);

describe('planColumnMove', () => {
  it.each([
    ['action', 'left', 0],
    ['action', 'right', 2],
    ['created', 'right', 1],
    ['description', 'left', 1],
    ['created', 'left', null],
    ['description', 'right', null],
    ['unknown', 'left', null],
  ] as const)('%s moved %s lands at %s', (colId, direction, expected) => {
    expect(planColumnMove(ORDER, ALL_SHOWN, colId, direction)?.to ?? null).toBe(expected);
  });

  it.each([
    // Past the hidden columns and the shown one beyond them, in one step.
    ['action', 'right', { to: 5, place: 3, total: 3 }],
    ['action', 'left', { to: 0, place: 1, total: 3 }],
    ['description', 'left', { to: 2, place: 2, total: 3 }],
    ['created', 'right', { to: 2, place: 2, total: 3 }],
    // A hidden column steps past shown ones too, placed where it would show.
    ['related', 'right', { to: 2, place: 3, total: 4 }],
    ['source', 'left', { to: 2, place: 2, total: 4 }],
  ] as const)('among hidden columns, %s moved %s passes one shown column: %o', (colId, direction, expected) => {
    expect(planColumnMove(MIXED, MIXED_SHOWN, colId, direction)).toEqual(expected);
  });

  it.each([
    ['created', 'left'],
    ['description', 'right'],
  ] as const)('with no shown column that way, %s moved %s stays', (colId, direction) => {
    expect(planColumnMove(MIXED, MIXED_SHOWN, colId, direction)).toBeNull();
  });

  it('does not step past hidden columns alone: that would change nothing the grid shows', () => {
    expect(planColumnMove(['related', 'source', 'action'], new Set(['action']), 'action', 'left')).toBeNull();
  });
});

describe('movedNote', () => {
  it('names the column, the way it went and its new place among the columns shown', () => {
    expect(movedNote('Action', 'left', { to: 0, place: 1, total: 9 })).toBe('Action moved left: column 1 of 9.');
  });

  it('says a hidden column is hidden, and where it will show', () => {
    expect(movedNote('Source', 'right', { to: 4, place: 3, total: 10 }, true)).toBe(
      'Source moved right, hidden: column 3 of 10 once shown.',
    );
  });
});
