/** A text as a URL decoder would read it, with the place in the original text of every character. */
export interface DecodedView {
  readonly text: string;
  /** `origin[i]` is where decoded character `i` starts in the original; `origin[text.length]` is its end. */
  readonly origin: readonly number[];
}

const ESCAPE = /%[0-9A-Fa-f]{2}/;
/** Secrets are sometimes encoded twice (a URL inside a query string); deeper than this is not seen. */
const MAX_LEVELS = 3;

function decodeOnce(text: string): DecodedView {
  let decoded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length;) {
    origin.push(index);
    const char = text[index] ?? '';
    if (char === '%' && ESCAPE.test(text.slice(index, index + 3))) {
      decoded += String.fromCharCode(parseInt(text.slice(index + 1, index + 3), 16));
      index += 3;
    } else {
      decoded += char === '+' ? ' ' : char;
      index += 1;
    }
  }
  origin.push(text.length);
  return { text: decoded, origin };
}

/**
 * The text with percent escapes (and form-encoded `+` spaces) decoded, to find `token%3Dabc` or
 * `Bearer%20abc` as the secrets they are; undefined when the text holds no escape. Each byte becomes
 * one character, which keeps every secret shape (all ASCII) intact.
 */
export function percentDecodedView(text: string): DecodedView | undefined {
  if (!ESCAPE.test(text)) return undefined;
  let view = decodeOnce(text);
  for (let level = 1; level < MAX_LEVELS && ESCAPE.test(view.text); level++) {
    const next = decodeOnce(view.text);
    view = { text: next.text, origin: next.origin.map((index) => view.origin[index] ?? text.length) };
  }
  return view;
}
