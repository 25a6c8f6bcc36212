/** A text as a reader takes the numbers in it, and where each of its places lies in the original text. */
export interface NumbersAsRead {
  readonly text: string;
  /** Where `text.slice(start, end)` was printed in the original: from its first character to its last. */
  readonly placeInText: (start: number, end: number) => { start: number; end: number };
}

/**
 * Characters that take no room on screen (zero-width space, joiners, word joiner, U+FEFF, soft hyphen and
 * the other default-ignorable ones): digits on either side read as one run, so a number is read through them.
 */
const HIDDEN = /\p{Default_Ignorable_Code_Point}/u;
/** Decimal digits of any script but ASCII, as input methods type them: full-width, Arabic-Indic, Devanagari. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
/**
 * The spaces locales and word processors print between digit groups (French grouping prints a narrow
 * no-break space, others a thin or figure space, a full-width keyboard an ideographic space), and the
 * dashes autocorrect makes of a hyphen: each is read as the plain one.
 */
const SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const DASH = /[\u2010-\u2013\u2212]/;
/** Full-width forms of ASCII (digits, letters, dash, full stop, plus), as an East Asian keyboard types them. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Any character read differently; most texts hold none, and are given back as they are. */
const READ_DIFFERENTLY = new RegExp(
  `${HIDDEN.source}|${OTHER_DIGIT.source}|${SPACE.source}|${DASH.source}|[\\uff01-\\uff5e]`,
  'gu',
);
const NOT_ASCII = /[\u0080-\uffff]/;

const digitValues = new Map<number, string>();

/**
 * The ASCII digit of a decimal digit of another script. Unicode assigns decimal digits only in runs of ten
 * from zero to nine, so a digit's value is its distance from the start of its run, modulo ten.
 */
function asciiDigit(code: number): string {
  let value = digitValues.get(code);
  if (value === undefined) {
    let first = code;
    while (OTHER_DIGIT.test(String.fromCodePoint(first - 1))) first--;
    value = String((code - first) % 10);
    digitValues.set(code, value);
  }
  return value;
}

/** How a reader takes one character read differently: as an ASCII one, or as nothing when it takes no room. */
function readCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  if (SPACE.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  if (OTHER_DIGIT.test(char)) return asciiDigit(code);
  return '';
}

const unchanged = (text: string): NumbersAsRead => ({ text, placeInText: (start, end) => ({ start, end }) });

/**
 * `text` as a reader takes its card numbers and IBANs: digits of every script as ASCII digits, full-width
 * letters and signs as ASCII, locale spaces and dashes as the plain ones, and invisible characters left
 * out, so `4111\u200B111111111111` reads as the one number it shows. A place found in the reading is given
 * back in the text with the invisible characters inside it, so a marker put there replaces all of it.
 */
export function numbersAsRead(text: string): NumbersAsRead {
  if (!NOT_ASCII.test(text)) return unchanged(text);
  let read = '';
  /** `origin[i]` is where read character `i` starts in `text`, and `ends[i]` where it ends. */
  const origin: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  for (const match of text.matchAll(READ_DIFFERENTLY)) {
    for (let index = copied; index < match.index; index++) {
      origin.push(index);
      ends.push(index + 1);
    }
    const reading = readCharacter(match[0]);
    read += text.slice(copied, match.index) + reading;
    if (reading !== '') {
      origin.push(match.index);
      ends.push(match.index + match[0].length);
    }
    copied = match.index + match[0].length;
  }
  if (copied === 0) return unchanged(text);
  read += text.slice(copied);
  for (let index = copied; index < text.length; index++) {
    origin.push(index);
    ends.push(index + 1);
  }
  return {
    text: read,
    placeInText: (start, end) => ({
      start: origin[start] ?? text.length,
      end: end > start ? (ends[end - 1] ?? text.length) : (origin[start] ?? text.length),
    }),
  };
}
