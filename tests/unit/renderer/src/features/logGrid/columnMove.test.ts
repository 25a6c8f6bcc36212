import { describe, expect, it } from 'vitest';
import { movedIndex, movedNote } from '../../../../../../src/renderer/src/features/logGrid/columnMove';

const ORDER = ['created', 'action', 'description'];

describe('movedIndex', () => {
  it.each([
    ['action', 'left', 0],
    ['action', 'right', 2],
    ['created', 'right', 1],
    ['description', 'left', 1],
    ['created', 'left', null],
    ['description', 'right', null],
    ['unknown', 'left', null],
  ] as const)('%s moved %s lands at %s', (colId, direction, expected) => {
    expect(movedIndex(ORDER, colId, direction)).toBe(expected);
  });
});

describe('movedNote', () => {
  it('names the column, the way it went and its new place counted from one', () => {
    expect(movedNote('Action', 'left', 0, 15)).toBe('Action moved left: column 1 of 15.');
  });
});
