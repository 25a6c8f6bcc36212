import { describe, expect, it } from 'vitest';
import { findIbans } from '../../../../src/shared/domain/ibans';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { searchTextSecretProblem } from '../../../../src/shared/query/searchTextSecret';

const IBAN = 'DE89 3704 0044 0532 0130 00';
/** The IBAN with its ASCII digits and letters as the full-width ones, its spaces as ideographic spaces. */
const fullWidth = (text: string) =>
  text.replace(/[0-9A-Z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
/** The IBAN with its digits as Arabic-Indic (`base` U+0660) or Extended Arabic-Indic (U+06F0) ones. */
const arabicIndic = (text: string, base: number) =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(base + Number(digit)));

describe('an IBAN as input methods, locales and copies print it', () => {
  it.each([
    ['full-width letters, digits and spaces', fullWidth(IBAN)],
    ['full-width digits after ASCII letters, compact', 'DE' + fullWidth('89370400440532013000')],
    ['Arabic-Indic digits', arabicIndic(IBAN, 0x0660)],
    ['Extended Arabic-Indic digits, compact', arabicIndic('DE89370400440532013000', 0x06f0)],
    ['a zero-width space inside a group', 'DE89 37\u200B04 0044 0532 0130 00'],
    ['a soft hyphen in a compact one', 'DE8937040044\u00AD0532013000'],
    ['a word joiner between its letters', 'D\u2060E89370400440532013000'],
    ['a byte order mark beside a group space', 'DE89 3704\uFEFF 0044 0532 0130 00'],
    ['no-break spaces between its groups', IBAN.replace(/ /g, '\u00A0')],
  ])('is found with %s, its place covering all of it', (_name, iban) => {
    const text = `wire to ${iban} today`;
    expect(findIbans(text)).toEqual([{ start: 8, end: 8 + iban.length }]);
    expect(maskSensitiveText(text)).toBe('wire to [redacted: IBAN] today');
    expect(searchTextSecretProblem(iban)).toMatch(/^The search text looks like an IBAN;/);
  });

  it.each([
    ['a full-width IBAN failing its check', fullWidth('DE89 3704 0044 0532 0130 01')],
    ['an Arabic-Indic IBAN of the wrong length', arabicIndic('DE89 3704 0044 0532 0130 0', 0x0660)],
  ])('leaves %s readable', (_name, text) => {
    expect(findIbans(text)).toEqual([]);
  });
});
