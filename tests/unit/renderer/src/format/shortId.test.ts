import { describe, expect, it } from 'vitest';
import { shortId } from '../../../../../src/renderer/src/format/shortId';
import { SHOWN_ID_IN_HEADING } from '../../../../../src/shared/domain/shownInSentence';

const FAMILY = '👩‍👩‍👧';
const RLO = '\u202E';
const ZWSP = '\u200B';

describe('shortId: an id as a heading shows it', () => {
  it.each([
    ['a short id, whole', 'c-42', 'c-42'],
    ['an id of exactly the length, whole', 'x'.repeat(SHOWN_ID_IN_HEADING), 'x'.repeat(SHOWN_ID_IN_HEADING)],
    ['a longer id, cut with its "…"', 'x'.repeat(SHOWN_ID_IN_HEADING + 1), `${'x'.repeat(SHOWN_ID_IN_HEADING - 1)}…`],
    ['a right-to-left override, named', `c-${RLO}42`, 'c-⟨U+202E⟩42'],
  ])('shows %s', (_, id, shown) => {
    expect(shortId(id)).toBe(shown);
  });

  it('cuts 5,000 composed emoji by whole characters, a hidden character at the cut named whole and counted as one', () => {
    const id = `${FAMILY.repeat(62)}${RLO}${ZWSP}${FAMILY.repeat(4_936)}`;
    expect(shortId(id)).toBe(`${FAMILY.repeat(62)}⟨U+202E⟩…`);
  });
});
