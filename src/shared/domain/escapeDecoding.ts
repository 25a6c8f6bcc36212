import type { DecodedView } from './percentDecoding';

/**
 * A character escape as JSON and source code write one (`\u0077`, `\x77`, behind any number of
 * backslashes, as each level of JSON nesting doubles them), or as HTML does (`&#119;`, `&#x77;`, `&quot;`).
 */
const ESCAPE =
  /\\+(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))|&#(?:(\d{1,7})|[xX]([0-9A-Fa-f]{1,6}));|&(quot|apos|amp|lt|gt);/g;
const HAS_ESCAPE = /\\+[ux][0-9A-Fa-f]{2}|&(?:#|quot;|apos;|amp;|lt;|gt;)/;
const NAMED: Readonly<Record<string, string>> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };
const LAST_CODE_POINT = 0x10ffff;

function decodeEscape([, unicode, byte, decimal, hex, name]: RegExpExecArray | RegExpMatchArray): string {
  if (name !== undefined) return NAMED[name] ?? '';
  const code = unicode ?? byte ?? hex;
  const value = code === undefined ? Number(decimal) : parseInt(code, 16);
  return value <= LAST_CODE_POINT ? String.fromCodePoint(value) : '';
}

/**
 * The text with its character escapes decoded, to find `{"pass\u0077ord":"…"}` or
 * `password=&quot;…&quot;` logged inside a message as the `password` it names; undefined when the text
 * holds no escape. A JSON or HTML reader decodes them all the same, so a key spelled with one is the key
 * it spells.
 */
export function escapeDecodedView(text: string): DecodedView | undefined {
  if (!HAS_ESCAPE.test(text)) return undefined;
  let decoded = '';
  const origin: number[] = [];
  let copied = 0;
  for (const match of text.matchAll(ESCAPE)) {
    for (let index = copied; index < match.index; index++) origin.push(index);
    const character = decodeEscape(match);
    decoded += text.slice(copied, match.index) + character;
    for (let unit = 0; unit < character.length; unit++) origin.push(match.index);
    copied = match.index + match[0].length;
  }
  if (copied === 0) return undefined;
  for (let index = copied; index < text.length; index++) origin.push(index);
  origin.push(text.length);
  return { text: decoded + text.slice(copied), origin };
}
