import { passesLuhn } from './checksums';

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
  [50, 50, [13, 14, 15, 16, 17, 18, 19]], // Maestro
  [56, 58, [13, 14, 15, 16, 17, 18, 19]],
  [67, 67, [13, 14, 15, 16, 17, 18, 19]],
];

const SHORTEST_CARD = 13;
const LONGEST_CARD = 19;

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
 * What may stand between a card's digit groups: a space, dot or dash as typed, and what word processors,
 * locales and copies from web pages put there instead. French grouping prints a narrow no-break space
 * (U+202F), others a thin or figure space; an autocorrected dash is a hyphen or en dash; a copied
 * number may carry a zero-width space, word joiner, byte order mark or soft hyphen, which the console
 * shows by name: the number would still read whole around it.
 */
const GROUP_SEPARATOR = '[ .\\u00a0\\u00ad\\u2000-\\u200d\\u2010-\\u2013\\u202f\\u205f\\u2060\\u2212\\u3000\\ufeff-]';
/** Digit groups joined by single separators, as numbers are printed: `4111 1111 1111 1111 12/25`. */
const DIGIT_RUN = new RegExp(`\\d+(?:${GROUP_SEPARATOR}\\d+)*`, 'g');
/** A quick test that a text holds 13 digits close together before the run scan. */
const ENOUGH_DIGITS = new RegExp(`\\d(?:${GROUP_SEPARATOR}?\\d){12}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How cards are printed in groups: fours (the last may be shorter), or 4-6-5 and 4-6-4. */
function isCardLayout(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  if (groups[0]?.length !== 4) return false;
  const lengths = groups.map((group) => group.length);
  if (lengths.length === 3 && lengths[1] === 6) return lengths[2] === 4 || lengths[2] === 5;
  const last = lengths[lengths.length - 1] ?? 0;
  return lengths.slice(1, -1).every((length) => length === 4) && last >= 1 && last <= 4;
}

/**
 * Whether the letters a number touches make it part of a hex id (an ObjectId, a hash): a card is
 * never glued to a-f only, while `card4111…` or `…1111EUR` are a card and more text.
 */
function gluedToHex(text: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && /[0-9a-z]/i.test(text[left - 1] ?? '')) left--;
  let right = end;
  while (right < text.length && /[0-9a-z]/i.test(text[right] ?? '')) right++;
  if (left === start && right === end) return false;
  const glued = text.slice(left, start) + text.slice(end, right);
  return /^[0-9a-f]*$/i.test(glued);
}

/** Whether the span sits inside a UUID, whose dashed hex groups can hold digits only. */
function insideUuid(text: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && /[0-9a-f-]/i.test(text[left - 1] ?? '')) left--;
  let right = end;
  while (right < text.length && /[0-9a-f-]/i.test(text[right] ?? '')) right++;
  return right - left === 36 && UUID.test(text.slice(left, right));
}

/** One card number found in a text: `text.slice(start, end)`, and the last four digits it may be named by. */
export interface CardNumberPlace {
  readonly start: number;
  readonly end: number;
  readonly lastFour: string;
}

/** What the operator reads in place of a card number, everywhere the console shows text: `[redacted: card •••• 1111]`. */
export function cardNumberMarker(lastFour: string): string {
  return `[redacted: card •••• ${lastFour}]`;
}

/**
 * Every card in one run of digit groups, left to right: from each group on, the longest run of
 * groups that is a valid card printed as cards are; the search goes on after it.
 */
function findCardsInRun(text: string, runStart: number, run: string, places: CardNumberPlace[]): void {
  const groups: { start: number; end: number; digits: string; separator: string }[] = [];
  for (const match of run.matchAll(/\d+/g)) {
    const start = runStart + match.index;
    groups.push({ start, end: start + match[0].length, digits: match[0], separator: text[start - 1] ?? '' });
  }
  let from = 0;
  while (from < groups.length) {
    let found = -1;
    let digits = '';
    for (let to = from; to < groups.length; to++) {
      if (to > from && groups[to]?.separator !== groups[from + 1]?.separator) break;
      digits += groups[to]?.digits ?? '';
      if (digits.length > LONGEST_CARD) break;
      if (digits.length < SHORTEST_CARD || !isCardNumber(digits)) continue;
      const slice = groups.slice(from, to + 1);
      const start = groups[from]?.start ?? 0;
      const end = groups[to]?.end ?? 0;
      // `+4915112345678` is a phone number in international form; no card is printed after a plus.
      if (text[start - 1] === '+' || !isCardLayout(slice.map((group) => group.digits))) continue;
      if (!gluedToHex(text, start, end) && !insideUuid(text, start, end)) found = to;
    }
    if (found < 0) {
      from++;
      continue;
    }
    const start = groups[from]?.start ?? 0;
    const end = groups[found]?.end ?? 0;
    places.push({ start, end, lastFour: text.slice(start, end).replace(/\D/g, '').slice(-4) });
    from = found + 1;
  }
}

/** Digits of other scripts an input method types (full-width, Arabic-Indic), each by the code of its zero. */
const OTHER_DIGITS = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g;
const ZERO_OF_BLOCK = [0xff10, 0x0660, 0x06f0];
/** The full-width dash and full stop a full-width keyboard types between digit groups. */
const FULL_WIDTH_SEPARATORS: Readonly<Record<string, string>> = { '\uff0d': '-', '\uff0e': '.' };

/**
 * The text with every digit of another script as its ASCII digit, and full-width separators as theirs:
 * one UTF-16 unit for one, so each place found in it is the same place in the text.
 */
function withAsciiDigits(text: string): string {
  return text
    .replace(OTHER_DIGITS, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = ZERO_OF_BLOCK.find((start) => code >= start && code <= start + 9) ?? code;
      return String(code - zero);
    })
    .replace(/[\uff0d\uff0e]/g, (separator) => FULL_WIDTH_SEPARATORS[separator] ?? separator);
}

/**
 * Card numbers anywhere in `text`, printed plain or grouped with spaces, dots or dashes, also with
 * more digits or letters around them (`4111 1111 1111 1111 12/25`, `4111111111111111EUR`): each run
 * of digit groups is searched for the card inside it rather than read whole. A card typed in full-width
 * or Arabic-Indic digits reads as the same number, so it is found as one too.
 */
export function findCardNumbers(text: string): CardNumberPlace[] {
  const places: CardNumberPlace[] = [];
  const ascii = withAsciiDigits(text);
  if (!ENOUGH_DIGITS.test(ascii)) return places;
  for (const match of ascii.matchAll(DIGIT_RUN)) {
    if (match[0].length >= SHORTEST_CARD) findCardsInRun(ascii, match.index, match[0], places);
  }
  return places;
}
