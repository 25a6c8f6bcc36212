/** A text as a reader takes the numbers in it, and where each of its places lies in the original text. */
export interface NumbersAsRead {
  readonly text: string;
  /** Where `text.slice(start, end)` was printed in the original: from its first character to its last. */
  readonly placeInText: (start: number, end: number) => { start: number; end: number };
  /**
   * Whether characters that take no room stood right before read character `index`: no id or hash ever
   * holds one, so a word glued to a number through one is two words a reader has been shown as one.
   */
  readonly hiddenBefore: (index: number) => boolean;
}

/**
 * Characters that take no room on screen (zero-width space, joiners, word joiner, U+FEFF, soft hyphen and
 * the other default-ignorable ones): digits on either side read as one run, so a number is read through them.
 */
const HIDDEN = '\\p{Default_Ignorable_Code_Point}';
/** Decimal digits of any script but ASCII, as input methods type them: full-width, Arabic-Indic, Devanagari. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
/**
 * Digits in another form, which Unicode counts as no decimal digit but a reader reads as one: superscript
 * and subscript digits, circled ones (`①`, `❶`, `➀`). Each run: [first, last, the digit the first shows].
 */
const DIGIT_FORMS: readonly (readonly [number, number, number])[] = [
  [0x00b2, 0x00b3, 2],
  [0x00b9, 0x00b9, 1],
  [0x2070, 0x2070, 0],
  [0x2074, 0x2079, 4],
  [0x2080, 0x2089, 0],
  [0x2460, 0x2468, 1],
  [0x24ea, 0x24ea, 0],
  [0x24f5, 0x24fd, 1],
  [0x24ff, 0x24ff, 0],
  [0x2776, 0x277e, 1],
  [0x2780, 0x2788, 1],
  [0x278a, 0x2792, 1],
];
const DIGIT_FORM = DIGIT_FORMS.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join('');
/** A digit a reader reads, of any script or form: for a quick test that a text may hold a number. */
export const ANY_DIGIT = `[\\p{Nd}${DIGIT_FORM}]`;
/**
 * The marks that combine onto the character before them (an accent, a keycap's frame: `4️⃣`) take no room of
 * their own: a digit, or any other character read differently, is read with the marks on it, its place
 * covering them. Marks on letters are words' own, and are kept.
 */
const MARKS = '[\\p{Mn}\\p{Me}]';
const ASCII_DIGIT_WITH_MARKS = `[0-9][${HIDDEN}]*${MARKS}[${HIDDEN}\\p{Mn}\\p{Me}]*`;
/**
 * The spaces locales and word processors print between digit groups (French grouping prints a narrow
 * no-break space, others a thin or figure space, a full-width keyboard an ideographic space; every space
 * separator, and the blank Braille pattern that shows as one), the dashes autocorrect and other scripts
 * make of a hyphen, and the raised and leader dots: each is read as the plain one.
 */
const SPACE = /\p{Zs}|\u2800/u;
const DASH = /\p{Pd}|\u2212/u;
const DOTS = '\\u00b7\\u2024\\u2027\\u2219\\u22c5\\u30fb\\ufe52\\uff65';
const DOT = new RegExp(`[${DOTS}]`, 'u');
/** Full-width forms of ASCII (digits, letters, dash, full stop, plus), as an East Asian keyboard types them. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
/**
 * Any character read differently, with the marks on it; most texts hold none, and are given back as they
 * are. One class, and an ASCII digit first, for speed: texts whose letters carry marks read fast.
 */
const READ_DIFFERENTLY = new RegExp(
  `${ASCII_DIGIT_WITH_MARKS}|(?![0-9 -])[${HIDDEN}\\p{Nd}${DIGIT_FORM}\\p{Zs}\\p{Pd}\\u2212\\u2800${DOTS}\\uff01-\\uff5e]${MARKS}*`,
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

/**
 * How a reader takes one character read differently (with the marks on it, if any): as an ASCII one, or as
 * nothing when it takes no room.
 */
function readCharacter(read: string): string {
  const code = read.codePointAt(0) ?? 0;
  const char = String.fromCodePoint(code);
  if (code < 0x80) return char;
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  if (SPACE.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  if (DOT.test(char)) return '.';
  if (OTHER_DIGIT.test(char)) return asciiDigit(code);
  const form = DIGIT_FORMS.find(([first, last]) => code >= first && code <= last);
  return form === undefined ? '' : String((form[2] + code - form[0]) % 10);
}

const samePlace = (start: number, end: number) => ({ start, end });
const nothingHidden = () => false;
const unchanged = (text: string): NumbersAsRead => ({ text, placeInText: samePlace, hiddenBefore: nothingHidden });
let lastRead: { text: string; reading: NumbersAsRead } = { text: '', reading: unchanged('') };

/**
 * `text` as a reader takes its card numbers and IBANs: digits of every script and form (superscript,
 * circled) as ASCII digits, full-width letters and signs as ASCII, every space, dash and raised dot as the
 * plain one, and invisible characters and the marks on a digit left out, so `4111\u200B111111111111` reads as the one number it shows. A place found in the reading is given
 * back in the text with the invisible characters inside it, so a marker put there replaces all of it.
 */
export function numbersAsRead(text: string): NumbersAsRead {
  if (!NOT_ASCII.test(text)) return unchanged(text);
  // Each finder of a text (cards, IBANs, credentials) reads it in turn: the last reading serves them all.
  if (text !== lastRead.text) lastRead = { text, reading: readNumbers(text) };
  return lastRead.reading;
}

function readNumbers(text: string): NumbersAsRead {
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
    hiddenBefore: (index) => (origin[index] ?? text.length) > (index === 0 ? 0 : (ends[index - 1] ?? text.length)),
  };
}
