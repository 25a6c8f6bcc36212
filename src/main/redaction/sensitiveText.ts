import { isValidIban, passesLuhn } from './checksums';
import { RedactionTally } from './redactionTally';

/** Secrets found inside free text by their shape, each replaced by a marker that says what was there. */

const CARD = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/-]{12,}=*/gi;

/** No card number (13 digits), IBAN (15), JWT or token with its scheme is shorter. */
const SHORTEST_SECRET = 13;
/** Every shape needs one of these: digits (cards, IBANs), a JWT header, or an auth scheme. */
const MIGHT_HOLD_SECRET = /\d{2}|eyJ|bearer|basic/i;

/** Card brands by number prefix and the lengths they issue: [first prefix, last prefix, lengths]. */
const CARD_BRANDS: readonly (readonly [number, number, readonly number[]])[] = [
  [4, 4, [13, 16, 19]], // Visa
  [51, 55, [16]], // Mastercard
  [2221, 2720, [16]], // Mastercard 2-series
  [34, 34, [15]], // American Express
  [37, 37, [15]],
  [300, 305, [14, 15, 16, 17, 18, 19]], // Diners Club
  [36, 36, [14, 15, 16, 17, 18, 19]],
  [38, 39, [16, 17, 18, 19]],
  [3528, 3589, [16, 17, 18, 19]], // JCB
  [6011, 6011, [16, 17, 18, 19]], // Discover
  [644, 649, [16, 17, 18, 19]],
  [65, 65, [16, 17, 18, 19]],
  [62, 62, [16, 17, 18, 19]], // UnionPay
  [50, 50, [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
  [56, 58, [12, 13, 14, 15, 16, 17, 18, 19]],
  [67, 67, [12, 13, 14, 15, 16, 17, 18, 19]],
];

/**
 * A full card number: a brand's prefix and length, and the Luhn check. The prefix rule keeps other
 * long numbers that happen to pass Luhn (a millisecond timestamp, an order number) readable.
 */
export function isCardNumber(digits: string): boolean {
  const branded = CARD_BRANDS.some(([first, last, lengths]) => {
    const width = String(first).length;
    const prefix = Number(digits.slice(0, width));
    return prefix >= first && prefix <= last && lengths.includes(digits.length);
  });
  return branded && passesLuhn(digits);
}

/**
 * Replaces card numbers passing Luhn (keeping the last four), valid IBANs, JWTs and bearer tokens, and
 * counts each in `tally`. Returns `text` itself when nothing matched.
 */
export function redactText(text: string, tally: RedactionTally = new RedactionTally()): string {
  // Most strings are short or hold none of the shapes: skip the four scans for them.
  if (text.length < SHORTEST_SECRET || !MIGHT_HOLD_SECRET.test(text)) return text;
  const before = tally.total;
  const next = text
    .replace(JWT, () => {
      tally.add('JWT');
      return '[redacted: JWT]';
    })
    .replace(BEARER, (_match, scheme: string) => {
      tally.add('bearer token');
      return `${scheme} [redacted: token]`;
    })
    .replace(IBAN, (match) => {
      if (!isValidIban(match)) return match;
      tally.add('IBAN');
      return '[redacted: IBAN]';
    })
    .replace(CARD, (match) => {
      const digits = match.replace(/[ -]/g, '');
      if (!isCardNumber(digits)) return match;
      tally.add('card number');
      return `[redacted: card •••• ${digits.slice(-4)}]`;
    });
  return tally.total > before ? next : text;
}
