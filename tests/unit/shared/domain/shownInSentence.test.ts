import { describe, expect, it } from 'vitest';
import {
  clientIdInSentence,
  fullStopAfter,
  quotedInSentence,
  shownInSentence,
} from '../../../../src/shared/domain/shownInSentence';

const RLO = '\u202E';
const ZWSP = '\u200B';

describe('text a sentence names, cut and with its hidden characters named', () => {
  it.each([
    ['a text that fits, as it is', 'wallet', 10, 'wallet'],
    ['a text of exactly the length, uncut', 'x'.repeat(10), 10, 'x'.repeat(10)],
    ['a longer text, cut to the length with its "…"', 'x'.repeat(11), 10, `${'x'.repeat(9)}…`],
    ['a hidden character that fits, named', `4${RLO}8`, 10, '4⟨U+202E⟩8'],
    ['a name where the cut falls, whole', `${'x'.repeat(8)}${RLO}yyyy`, 10, `${'x'.repeat(8)}⟨U+202E⟩…`],
    ['a name just past the cut, left out whole', `${'x'.repeat(9)}${RLO}yyyy`, 10, `${'x'.repeat(9)}…`],
    ['a text of hidden characters, each counted as one', ZWSP.repeat(12), 10, `${'⟨U+200B⟩'.repeat(9)}…`],
    ['a text of hidden characters that fits, every one named', ZWSP.repeat(10), 10, '⟨U+200B⟩'.repeat(10)],
    ['an emoji of several code points, whole', `${'x'.repeat(8)}👩‍💻👩‍💻zz`, 10, `${'x'.repeat(8)}👩‍💻…`],
    ['a flag, never half of it', `${'x'.repeat(8)}🇫🇷🇫🇷zz`, 10, `${'x'.repeat(8)}🇫🇷…`],
    ['a letter with its accent, whole', `${'x'.repeat(8)}e\u0301e\u0301zz`, 10, `${'x'.repeat(8)}e\u0301…`],
  ])('shows %s', (_, text, most, shown) => {
    expect(shownInSentence(text, most)).toBe(shown);
  });

  it('never halves a name, wherever the cut falls', () => {
    const text = `c-${`${RLO}${ZWSP}9`.repeat(30)}`;
    for (let most = 3; most <= 60; most++) {
      expect(shownInSentence(text, most)).toMatch(/^c-(⟨U\+[0-9A-F]{4}⟩|9)*…$/u);
    }
  });

  it('quotes and names a client id by the same rule', () => {
    expect(quotedInSentence(`x${RLO}`)).toBe('“x⟨U+202E⟩”');
    expect(clientIdInSentence(`c-${RLO}${'7'.repeat(60)}`)).toBe(`c-⟨U+202E⟩${'7'.repeat(36)}…`);
  });
});

describe('the full stop after a sentence that ends with a value', () => {
  it.each([
    ['a whole value', 'client c-1', '.'],
    ['a whole quoted value', 'with “/extra”', '.'],
    ['a cut value: its "…" ends the sentence', `client ${clientIdInSentence('c'.repeat(80))}`, ''],
    ['a cut quoted value, its closing quote kept', `with ${quotedInSentence('x'.repeat(80))}`, ''],
  ])('after %s is %j', (_, lastWords, stop) => {
    expect(fullStopAfter(lastWords)).toBe(stop);
  });
});
