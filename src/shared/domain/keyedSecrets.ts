import { isCookieKey, isSecretKey, isSecretListKey, normalizeKey, SECRET_KEY_HINT } from './secretKeys';

/** A value under a secret key name: `text.slice(start, end)`, and the key's own name. */
export interface KeyedSecretPlace {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** The key names a cookie (`Cookie`, `Set-Cookie`) rather than another secret. */
  readonly cookie: boolean;
}

export const COOKIE_MARKER = '[redacted: cookie]';

/** What the operator reads in place of a keyed secret: the key names what was removed. */
export function keyedSecretMarker({ key, cookie }: Pick<KeyedSecretPlace, 'key' | 'cookie'>): string {
  return cookie ? COOKIE_MARKER : `[redacted: ${key}]`;
}

/**
 * `key=value`, `key: value` and `"key": "value"` inside text: a query string, a form body, a logged
 * header, a JSON fragment cut out of a longer message. The key may be quoted (also JSON-escaped,
 * `\"key\"`), then comes `=`, `:`, `=>` or `:=`.
 */
const KEYED =
  /(?<=^|[^\w\\]|\\[nrt])(?:(\\*["'])([A-Za-z_][\w.[\]-]{0,80})\1|([A-Za-z_][\w.[\]-]{0,80}))(?:[ \t]|\\t)*(=>|:=|[:=])(?:[ \t]|\\t)*/g;
/** Headers whose value runs to the end of the line: it holds spaces and `;` by design. */
const HEADER_KEYS = new Set(['authorization', 'proxyauthorization', 'cookie', 'setcookie']);
/** Values that reveal nothing. */
const EMPTY_VALUES = new Set(['', 'null', 'undefined', 'true', 'false', 'none', 'nil']);
/** A marker this redaction wrote, standing alone as the whole value. */
const MARKER = /^\[redacted: [^\]\n]{1,100}\](?=$|[\s&;"',}\]\\])/;

/** The key's own name: the last segment of `headers.authorization` or `user[password]`. */
function lastSegment(key: string): string {
  const segments = key.split(/[.[\]]/).filter((segment) => segment !== '');
  return segments[segments.length - 1] ?? key;
}

/** The end of a value quoted by `quote` (a quote mark after any backslashes, as JSON nesting escapes it). */
function quotedEnd(text: string, from: number, quote: string): number {
  const mark = quote[quote.length - 1] ?? '"';
  const slashes = quote.length - 1;
  for (let index = from; index < text.length; index++) {
    if (text[index] !== mark) continue;
    let run = 0;
    while (text[index - 1 - run] === '\\') run++;
    if (run === slashes) return index - slashes;
  }
  return text.length;
}

/** The end of a bracketed value (`{…}`, `[…]`), skipping brackets inside quotes; the text's end if unclosed. */
function bracketEnd(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (quote !== '') {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') depth++;
    else if ((char === '}' || char === ']') && --depth === 0) return index + 1;
  }
  return text.length;
}

/** The end of a header's line; inside a JSON string, also its closing quote or an escaped line break. */
function lineEnd(text: string, from: number): number {
  const found = /[\r\n"]|\\[rn]/.exec(text.slice(from));
  return found === null ? text.length : from + found.index;
}

function wordEnd(text: string, from: number, stops: RegExp): number {
  const found = stops.exec(text.slice(from));
  return found === null ? text.length : from + found.index;
}

/** Whether an unquoted `key: word` value is a credential rather than prose ("Invalid password: must be …"). */
function looksLikeCredential(word: string): boolean {
  return word.length >= 10 || /[^A-Za-z]|.[A-Z]/.test(word);
}

interface KeyedMatch {
  index: number;
  length: number;
  keyQuote: string;
  key: string;
  separator: string;
}

/** Where the value after a secret key starts and ends in `text`, or undefined when it holds nothing. */
function valueSpan(text: string, match: KeyedMatch): { start: number; end: number } | undefined {
  let start = match.index + match.length;
  const quote = /^\\*["']/.exec(text.slice(start, start + 8))?.[0];
  let end: number;
  if (quote !== undefined) {
    start += quote.length;
    end = quotedEnd(text, start, quote);
  } else if (text[start] === '{' || text[start] === '[') {
    end = bracketEnd(text, start);
  } else if (match.keyQuote === '' && match.separator === ':' && HEADER_KEYS.has(normalizeKey(match.key))) {
    end = lineEnd(text, start);
    // `Authorization: Bearer …` keeps its scheme, so the operator sees what kind of credential it was.
    const scheme = /^[A-Za-z][\w-]* +(?=\S)/.exec(text.slice(start, end));
    if (scheme !== null && !isCookieKey(match.key)) start += scheme[0].length;
  } else {
    end = wordEnd(text, start, match.keyQuote === '' ? /[\s&;"'<>]|\\[nrt]/ : /[\s&;"'<>,}\]]|\\[nrt]/);
    const word = text.slice(start, end);
    if (match.keyQuote === '' && match.separator === ':' && !looksLikeCredential(word)) return undefined;
  }
  // A marker this redaction wrote is left as it is, so redacting twice changes nothing.
  const value = text
    .slice(start, end)
    .trim()
    .replace(/[,.)\]}]+$/, '')
    .toLowerCase();
  if (EMPTY_VALUES.has(value) || MARKER.test(text.slice(start, start + 120))) return undefined;
  return { start, end };
}

/** Values under secret key names inside text, found by the key rather than by the value's shape. */
export function findKeyedSecrets(text: string): KeyedSecretPlace[] {
  if (!/[:=]/.test(text) || !SECRET_KEY_HINT.test(text)) return [];
  const places: KeyedSecretPlace[] = [];
  for (const match of text.matchAll(KEYED)) {
    const [whole, keyQuote = '', quotedKey, bareKey = '', separator = ''] = match;
    const key = lastSegment(quotedKey ?? bareKey);
    // A plural key (`"tokens":[…]`) holds secrets only as a list: `tokens: 3` is a count.
    const listed = text[match.index + whole.length] === '[' && isSecretListKey(key);
    if (!listed && !isSecretKey(key)) continue;
    const span = valueSpan(text, { index: match.index, length: whole.length, keyQuote, key, separator });
    if (span !== undefined) places.push({ ...span, key, cookie: isCookieKey(key) });
  }
  return places;
}
