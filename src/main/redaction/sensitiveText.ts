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

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ISO 13616 check: the rearranged number modulo 97 is 1. */
export function isValidIban(candidate: string): boolean {
  const compact = candidate.replace(/ /g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
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
      if (!passesLuhn(digits)) return match;
      tally.add('card number');
      return `[redacted: card •••• ${digits.slice(-4)}]`;
    });
  return tally.total > before ? next : text;
}
