import { describe, expect, it } from 'vitest';
import { joinedStarNoteProblem, joinStarNote } from '../../../../src/shared/domain/joinStarNote';

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
  ])('case %#', (kept, added, problem) => {
    expect(joinedStarNoteProblem(kept, added)).toBe(problem);
  });
});
