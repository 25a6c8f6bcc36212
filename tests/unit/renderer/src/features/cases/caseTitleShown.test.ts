import { describe, expect, it } from 'vitest';
import { CASE_TITLE_SHOWN_MAX, caseTitleShown } from '../../../../../../src/renderer/src/features/cases/caseTitleShown';

describe('caseTitleShown', () => {
  it('keeps a short title as written', () => {
    expect(caseTitleShown('Withdrawal review 2026-11')).toBe('Withdrawal review 2026-11');
  });

  it('cuts a long title to what a sentence shows, saying it was cut', () => {
    const shown = caseTitleShown('x'.repeat(500));
    expect([...shown].length).toBeLessThanOrEqual(CASE_TITLE_SHOWN_MAX);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('counts a named character as one, and never cuts inside its name', () => {
    expect(caseTitleShown(`${'x'.repeat(58)}\u202Eevil`)).toBe(`${'x'.repeat(58)}⟨U+202E⟩…`);
  });

  it('names a character that reorders text instead of obeying it', () => {
    expect(caseTitleShown('Case \u202Eevil')).not.toContain('\u202E');
    expect(caseTitleShown('Case \u202Eevil')).toContain('U+202E');
  });
});
