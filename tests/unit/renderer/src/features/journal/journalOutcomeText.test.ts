import { describe, expect, it } from 'vitest';
import { journalOutcomeText } from '../../../../../../src/renderer/src/features/journal/journalOutcomeText';
import { ERROR_CODES } from '../../../../../../src/shared/contract/errors';

describe('journalOutcomeText', () => {
  it('says what a refusal or a failure was, in words, with its code', () => {
    expect(journalOutcomeText({ outcome: 'refused', code: 'FORBIDDEN' })).toBe(
      'refused: not permitted to this operator (FORBIDDEN)',
    );
    expect(journalOutcomeText({ outcome: 'failed', code: 'UNAVAILABLE' })).toBe(
      'failed: the data source could not be reached (UNAVAILABLE)',
    );
  });

  it('gives every code the console writes its words', () => {
    for (const code of ERROR_CODES) {
      expect(journalOutcomeText({ outcome: 'failed', code })).toMatch(new RegExp(`^failed: [a-z].+ \\(${code}\\)$`));
    }
  });

  it('shows a successful call as ok, and a code it does not know as written, hidden characters named', () => {
    expect(journalOutcomeText({ outcome: 'ok', code: null })).toBe('ok');
    expect(journalOutcomeText({ outcome: 'failed', code: 'NEW_CODE\u202e' })).toBe('failed (NEW_CODE⟨U+202E⟩)');
  });
});
