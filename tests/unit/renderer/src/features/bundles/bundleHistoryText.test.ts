import { describe, expect, it } from 'vitest';
import { bundleHistoryText } from '../../../../../../src/renderer/src/features/bundles/bundleHistoryText';
import { SHOWN_TEXT_IN_SENTENCE } from '../../../../../../src/shared/domain/shownInSentence';

describe('the edit history note names the reopened bundle as the other bundle notes do', () => {
  it('names a plain file name whole', () => {
    expect(bundleHistoryText('scoped.acbundle')).toBe(
      'The edit history is limited to the reopened bundle scoped.acbundle: an edit it does not hold, an earlier one ' +
        'included, is not listed, which does not mean there was none.',
    );
  });

  it('names hidden characters and cuts a long name, marked with "…"', () => {
    const name = `\u202E${'x'.repeat(200)}.acbundle`;
    const text = bundleHistoryText(name);
    // The named character counts as one, and the "…" as one more.
    expect(text).toContain(`the reopened bundle ⟨U+202E⟩${'x'.repeat(SHOWN_TEXT_IN_SENTENCE - 2)}…: an edit`);
    expect(text).not.toContain('\u202E');
    expect(text).not.toContain('.acbundle');
  });
});
