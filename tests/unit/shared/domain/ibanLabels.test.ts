import { describe, expect, it } from 'vitest';
import { findIbans } from '../../../../src/shared/domain/ibans';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

const IBAN = 'DE89370400440532013000';
const grouped = (separator: string) => ['DE89', '3704', '0044', '0532', '0130', '00'].join(separator);

describe('an IBAN glued to the label before it, as a reader takes them apart', () => {
  it.each([
    ['a lower-case label', 'iban', IBAN],
    ['a lower-case label, the IBAN grouped', 'iban', grouped(' ')],
    ['a label through a zero-width space', 'iban\u200B', IBAN],
    ['an upper-case label through a word joiner', 'IBAN\u2060', IBAN],
    ['a capitalised label', 'Account', IBAN],
    ['a label and an underscore', 'iban_', IBAN],
    ['a British IBAN after a label', 'payee', 'GB29NWBK60161331926819'],
    ['the label in capitals, as the IBAN is', 'IBAN', IBAN],
    ['the label in lower case, as the IBAN is', 'iban', IBAN.toLowerCase()],
  ])('is found after %s', (_name, label, iban) => {
    const text = `wire to ${label}${iban} today`;
    const start = 8 + label.length;
    expect(findIbans(text)).toEqual([{ start, end: start + iban.length }]);
    expect(maskSensitiveText(text)).toBe(`wire to ${label}[redacted: IBAN] today`);
  });

  it.each([
    ['a label and a colon', `IBAN:${IBAN}`],
    ['a label and an equals sign', `iban=${IBAN}`],
  ])('is still withheld after %s', (_name, text) => {
    expect(maskSensitiveText(text)).not.toContain('370400440532013000');
  });
});

describe('an IBAN grouped by other separators', () => {
  it.each([
    ['dashes', grouped('-')],
    ['dots', grouped('.')],
    ['slashes', grouped('/')],
    ['underscores', grouped('_')],
    ['en dashes', grouped('\u2013')],
    ['superscript digits', 'DE⁸⁹³⁷⁰⁴⁰⁰⁴⁴⁰⁵³²⁰¹³⁰⁰⁰'],
    ['only its first group apart', 'DE89 370400440532013000'],
    ['its first groups apart, the rest compact', 'DE89 3704 0044 0532013000'],
    ['dashes in some places only', 'DE89-3704-00440532-013000'],
  ])('is found with %s', (_name, iban) => {
    const text = `wire to ${iban} today`;
    expect(findIbans(text)).toEqual([{ start: 8, end: 8 + iban.length }]);
    expect(maskSensitiveText(text)).toBe('wire to [redacted: IBAN] today');
  });
});

describe('an IBAN whose country code is in mixed case', () => {
  it.each([
    ['its first letter a capital', 'De89370400440532013000'],
    ['its second letter a capital, grouped', 'dE89 3704 0044 0532 0130 00'],
    ['capitals after it', 'Gb29NWBK60161331926819'],
    ['capitals after it, grouped by dashes', 'gB29-NWBK-6016-1331-9268-19'],
    ['its bank code in lower case', 'gB29nwbk60161331926819'],
    ['its bank code in lower case, grouped', 'Nl91 abna 0417 1643 00'],
  ])('is found with %s', (_name, iban) => {
    const text = `wire to ${iban} today`;
    expect(findIbans(text)).toEqual([{ start: 8, end: 8 + iban.length }]);
    expect(maskSensitiveText(text)).toBe('wire to [redacted: IBAN] today');
  });

  it('is found glued to its label', () => {
    expect(maskSensitiveText('payout to ibanDe89370400440532013000')).toBe('payout to iban[redacted: IBAN]');
  });
});

describe('ordinary words, ids and codes stay readable', () => {
  it.each([
    ['a word holding a country code', 'GBRDEBITS12'],
    ['an upper-case word and number', 'DEBITS2026'],
    ['a BIC', 'DEUTDEFF500'],
    ['another BIC', 'NWBKGB2L'],
    ['an ObjectId', '507f1f77bcf86cd799439011'],
    ['a hash holding a lower-case IBAN’s characters', '9f86d081884c7d659a2feaa0c55ad015de89370400440532013000'],
    ['an upper-case hash holding an IBAN’s characters', '9F86D081DE89370400440532013000AB'],
    ['a SHA-1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['a SHA-256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['base64', 'dGhlIHF1aWNrIGJyb3duIGZveA=='],
    ['base64 of a label and an IBAN', 'aWJhbkRFODkzNzA0MDA0NDA1MzIwMTMwMDA='],
    ['a SKU', 'SKU-DE89-BLK-XL'],
    ['another SKU', 'ART-GB29-NWBK-0001'],
    ['an order id', 'ORD-DE-2026-000123'],
    ['an invoice number glued to its label', 'invoiceDE2026000123'],
    ['a camel-case name', 'userDE89Name'],
    ['a camel-case call', 'fetchGB29RatesFromEcb'],
    ['a label glued to a number failing the check', 'ibanDE89370400440532013001'],
    ['a label glued to a number one character short', 'ibanDE8937040044053201300'],
    ['an upper-case word glued to an IBAN’s shape', 'ABCDE89370400440532013001'],
    ['a version', 'v2.3.4-DE89'],
    ['a post code', 'DE-10115 Berlin'],
    ['a UUID', '550e8400-e29b-41d4-a716-446655440000'],
    ['an event id', 'evt_2026DE89abc'],
    ['a phone number', '+4915112345678'],
    ['a code and a number failing the check', 'DE12 345678901234567890'],
    ['a code and a timestamp', 'FR76 1733000000000 ms'],
    ['a capitalised hex id passing the check', 'De12ab34c4d403e5b2830d'],
    ['another capitalised hex id passing the check', 'De12ab34d3daf6e3162cf8'],
    ['base64 in mixed case passing the check', 'Gb50UgLWXFSIpLO8nEjszo=='],
    ['a base62 id in mixed case passing the check', 'Gb77RENLef0tvjB4ye1ldi'],
  ])('leaves %s', (_name, text) => {
    expect(findIbans(`ref ${text} ok`)).toEqual([]);
    expect(findSecretSpans(`ref ${text} ok`)).toEqual([]);
  });
});
