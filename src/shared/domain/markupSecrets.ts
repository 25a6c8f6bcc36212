import type { KeyedSecretPlace } from './keyedSecrets';
import { isSecretKey } from './secretKeys';

/**
 * An element named after a secret key, with any attributes and namespace prefix, around its value:
 * `<password>…</password>`, `<ns:Password type="text">…</ns:Password>`, `<apiKey>…</apiKey>`.
 */
const ELEMENT = /<(?:([\w-]{1,40}):)?([A-Za-z_][\w.-]{0,80})(?:\s[^<>]{0,500})?>([^<]{1,2000})<\/(?:\1:)?\2\s*>/g;
/** A name/value element (`<param name="password" value="…"/>`), the name before the value or after it. */
const NAMED_VALUE =
  /<[\w:-]{1,40}\s[^<>]*?\b(?:name|key)\s*=\s*(\\*["'])([^"'<>\\]{1,80})\1[^<>]*?\bvalue\s*=\s*(\\*["'])([^"'<>\\]*)\3/g;
const VALUE_NAMED =
  /<[\w:-]{1,40}\s[^<>]*?\bvalue\s*=\s*(\\*["'])([^"'<>\\]*)\1[^<>]*?\b(?:name|key)\s*=\s*(\\*["'])([^"'<>\\]{1,80})\3/g;
/** Values that reveal nothing, and a marker this redaction wrote. */
const NOTHING = /^(?:|null|undefined|true|false|none|nil|\[redacted: [^\]\n]{1,100}\])$/i;

function place(key: string, value: string, valueEnd: number): KeyedSecretPlace | undefined {
  const trimmed = value.trim();
  if (NOTHING.test(trimmed) || !isSecretKey(key)) return undefined;
  const end = valueEnd - (value.length - value.trimEnd().length);
  return { start: end - trimmed.length, end, key, cookie: false };
}

/** Values of secret key names written as markup (XML, HTML, SOAP bodies), found by the element's name. */
export function findMarkupSecrets(text: string): KeyedSecretPlace[] {
  if (!text.includes('<')) return [];
  const places: (KeyedSecretPlace | undefined)[] = [];
  if (text.includes('</')) {
    for (const match of text.matchAll(ELEMENT)) {
      const [whole, , key = '', value = ''] = match;
      const closing = whole.lastIndexOf('</');
      places.push(place(key, value, match.index + closing));
    }
  }
  if (/value\s*=/.test(text)) {
    for (const match of text.matchAll(NAMED_VALUE)) {
      const [whole, , key = '', quote = '', value = ''] = match;
      places.push(place(key, value, match.index + whole.length - quote.length));
    }
    for (const match of text.matchAll(VALUE_NAMED)) {
      const [whole, quote = '', value = '', , key = ''] = match;
      const valueStart = match.index + whole.indexOf(quote, whole.search(/\bvalue\s*=/)) + quote.length;
      places.push(place(key, value, valueStart + value.length));
    }
  }
  return places.filter((found): found is KeyedSecretPlace => found !== undefined);
}
