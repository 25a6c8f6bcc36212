import { describe, expect, it } from 'vitest';
import {
  joinedNoteLengthProblem,
  joinedStarNoteProblem,
  joinStarNote,
} from '../../../../src/shared/domain/joinStarNote';
import { characterCount } from '../../../../src/shared/domain/tooLong';

describe('joinStarNote', () => {
  it.each([
    ['Seen on the client page', 'In the session', 'Seen on the client page\n\nIn the session'],
    ['', 'In the session', 'In the session'],
    ['Seen on the client page', '', 'Seen on the client page'],
    ['Seen on the client page', ' \n\t', 'Seen on the client page'],
    ['', '', ''],
  ])('case %#', (kept, added, joined) => {
    expect(joinStarNote(kept, added)).toBe(joined);
  });
});

describe('joinedStarNoteProblem', () => {
  it.each([
    ['k'.repeat(19_998), '', null],
    ['k'.repeat(19_000), 'n'.repeat(998), null],
    [
      'k'.repeat(19_000),
      'n'.repeat(999),
      'This event is starred in the case already, and its note with yours added would have 20,001 characters; a note is at most 20,000. Shorten your note to at most 998 characters.',
    ],
    // An emoji is one character, as the note's limit counts it.
    ['😀'.repeat(19_997), 'n', null],
    [
      'k'.repeat(19_998),
      'n',
      'This event is starred in the case already, and its note with yours added would have 20,001 characters; a note is at most 20,000. Its note has no room left: unstar it and star the event again with one shorter note.',
    ],
    ['', 'n'.repeat(20_000), null],
    ['k', ' \n', null],
  ])('case %#', (kept, added, problem) => {
    expect(joinedStarNoteProblem(kept, added)).toBe(problem);
    // The star form knows the kept note by its length alone, and says the same.
    expect(joinedNoteLengthProblem(characterCount(kept), added)).toBe(problem);
  });
});
