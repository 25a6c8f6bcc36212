const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * UTF-16 units handed to the segmenter at once: it takes time in proportion to the whole text it was
 * given for every character it gives back, so a long text read in one piece costs the square of its length.
 */
const WINDOW = 128;

/** A run of printable ASCII: each of them but the last, followed by another, is a character of its own. */
const PLAIN_RUN = /[\x20-\x7E]+/y;

/** A stretch of text and how many characters it holds: a run of plain ones, or one character. */
interface Stretch {
  text: string;
  characters: number;
}

/** Where the window read from `start` ends: never between the halves of a character outside the BMP. */
function windowEnd(text: string, start: number, units: number): number {
  const end = Math.min(text.length, start + units);
  const last = text.charCodeAt(end - 1);
  return end < text.length && last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/** `text` from its start as stretches, read lazily a window at a time. */
function* stretches(text: string): Generator<Stretch> {
  let start = 0;
  let units = WINDOW;
  while (start < text.length) {
    PLAIN_RUN.lastIndex = start;
    if (PLAIN_RUN.test(text)) {
      // The last of the run may take an accent or a joiner that follows: the segmenter reads it.
      const plainEnd = PLAIN_RUN.lastIndex === text.length ? text.length : PLAIN_RUN.lastIndex - 1;
      if (plainEnd > start) yield { text: text.slice(start, plainEnd), characters: plainEnd - start };
      start = plainEnd;
      if (start === text.length) return;
    }
    const end = windowEnd(text, start, units);
    const segments = [...graphemes.segment(text.slice(start, end))];
    // The last character of a window may go on past it; it is read again from its start in the next one.
    const whole = end === text.length ? segments.length : segments.length - 1;
    if (whole === 0) {
      units *= 2;
      continue;
    }
    for (const { segment } of segments.slice(0, whole)) yield { text: segment, characters: 1 };
    start = whole < segments.length ? start + (segments[whole]?.index ?? 0) : end;
    units = WINDOW;
  }
}

/**
 * The characters of `text` as a reader counts them, each as it is written: an emoji with its modifiers, a
 * flag, a letter with its accents is one (a grapheme, as `Intl.Segmenter` finds it). Read lazily, so
 * taking the first few of a pasted page costs no more than those, and all of it costs in proportion to
 * its length.
 */
export function* wholeCharacters(text: string): Generator<string> {
  for (const stretch of stretches(text)) {
    if (stretch.characters === 1) yield stretch.text;
    else yield* stretch.text;
  }
}

/** How many characters `text` holds as `wholeCharacters` reads them. */
export function countWholeCharacters(text: string): number {
  let characters = 0;
  for (const stretch of stretches(text)) characters += stretch.characters;
  return characters;
}
