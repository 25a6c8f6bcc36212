import { passesLuhn } from './checksums';
import { numbersAsRead, type NumbersAsRead } from './numbersAsRead';

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
/** E.164: a phone number in international form holds at most 15 digits, so a longer number after a plus is none. */
const LONGEST_PHONE = 15;

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
 * What may stand between a card's digit groups in the text as read (`numbersAsRead`), where a locale's
 * space is a space and an autocorrected dash a dash; a number may mix them: `4111 1111-1111 1111`. A
 * slash or an underscore joins groups too (`4111/1111/1111/1111`, `card_4111_1111_1111_1111`): a reader
 * reads the card all the same, and the brand, layout and Luhn checks keep paths and dates readable. Spaced
 * out for a fixed-width column or by hand (`4111   1111`, `4111 - 1111`), the groups still read as one number.
 */
const GROUP_SEPARATOR = '(?: {1,3}| ?[./_-] ?)';
/** Digit groups joined by separators, as numbers are printed: `4111 1111 1111 1111 12/25`. */
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
 * never glued to a-f only, while `card4111…` or `…1111EUR` are a card and more text. No id or hash holds
 * an invisible character, so a word holding one (`abc⟨U+200B⟩4111…`, `ab4111⟨U+200B⟩1111…cd`) is no hex id.
 */
function gluedToHex(reading: NumbersAsRead, start: number, end: number): boolean {
  const text = reading.text;
  let left = start;
  while (left > 0 && /[0-9a-z]/i.test(text[left - 1] ?? '')) left--;
  let right = end;
  while (right < text.length && /[0-9a-z]/i.test(text[right] ?? '')) right++;
  if (left === start && right === end) return false;
  for (let index = left + 1; index < right; index++) if (reading.hiddenBefore(index)) return false;
  const glued = text.slice(left, start) + text.slice(end, right);
  return /^[0-9a-f]*$/i.test(glued);
}

/**
 * Whether the number is a phone number in international form (`+4915112345678`): right after a plus,
 * with no invisible character between them, and no longer than a phone number can be.
 */
function isInternationalPhone(reading: NumbersAsRead, start: number, digits: string): boolean {
  return reading.text[start - 1] === '+' && !reading.hiddenBefore(start) && digits.length <= LONGEST_PHONE;
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
function findCardsInRun(reading: NumbersAsRead, runStart: number, run: string, places: CardNumberPlace[]): void {
  const text = reading.text;
  const groups: { start: number; end: number; digits: string }[] = [];
  for (const match of run.matchAll(/\d+/g)) {
    const start = runStart + match.index;
    groups.push({ start, end: start + match[0].length, digits: match[0] });
  }
  let from = 0;
  while (from < groups.length) {
    let found = -1;
    let digits = '';
    for (let to = from; to < groups.length; to++) {
      digits += groups[to]?.digits ?? '';
      if (digits.length > LONGEST_CARD) break;
      if (digits.length < SHORTEST_CARD || !isCardNumber(digits)) continue;
      const slice = groups.slice(from, to + 1);
      const start = groups[from]?.start ?? 0;
      const end = groups[to]?.end ?? 0;
      if (isInternationalPhone(reading, start, digits) || !isCardLayout(slice.map((group) => group.digits))) continue;
      if (!gluedToHex(reading, start, end) && !insideUuid(text, start, end)) found = to;
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

/**
 * Card numbers anywhere in `text`, printed plain or grouped with spaces, dots or dashes, also with
 * more digits or letters around them (`4111 1111 1111 1111 12/25`, `4111111111111111EUR`): each run
 * of digit groups is searched for the card inside it rather than read whole. The text is read as a
 * reader sees it: a card in full-width or Arabic-Indic digits, or split by an invisible character, is
 * the number it shows, and its place covers every character printed between its first digit and its last.
 */
export function findCardNumbers(text: string): CardNumberPlace[] {
  const places: CardNumberPlace[] = [];
  const reading = numbersAsRead(text);
  if (!ENOUGH_DIGITS.test(reading.text)) return places;
  for (const match of reading.text.matchAll(DIGIT_RUN)) {
    if (match[0].length >= SHORTEST_CARD) findCardsInRun(reading, match.index, match[0], places);
  }
  return places.map((place) => ({ ...place, ...reading.placeInText(place.start, place.end) }));
}
