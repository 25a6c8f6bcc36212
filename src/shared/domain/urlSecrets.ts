import type { KeyedSecretPlace } from './keyedSecrets';
import type { TextPlace } from './tokenShapes';

/**
 * The signature of a presigned URL, which grants what its signer may do until it expires: AWS
 * `X-Amz-Signature`, Google `X-Goog-Signature`, CloudFront `Signature`, Azure SAS `sig`, as query parameters.
 */
const URL_SIGNATURE = /(?<=[?&;])((?:X-(?:Amz|Goog)-)?Signature|sig)=([^&\s#"'<>\\]+)/gi;
/** `scheme://user@host` with no password: the user name, when a token is written there (`https://<token>@github.com`). */
const URL_USER = /\b[a-z][a-z0-9+.-]{0,20}:(?:\\*\/){2}([A-Za-z0-9_~+=.-]{20,256})@/gi;
/** A marker this redaction wrote, as the whole value. */
const MARKER_START = /^\[redacted: /;

export function findUrlSignatures(text: string): KeyedSecretPlace[] {
  if (!/sig/i.test(text)) return [];
  const places: KeyedSecretPlace[] = [];
  for (const match of text.matchAll(URL_SIGNATURE)) {
    const [whole, key = '', value = ''] = match;
    if (MARKER_START.test(value)) continue;
    const end = match.index + whole.length;
    places.push({ start: end - value.length, end, key, cookie: false });
  }
  return places;
}

/**
 * Whether a URL's user name is key material rather than a name: a run of 16 or more characters between
 * separators that mixes letters and digits (40 hex digits, base64). `alice`, `svc-reports-2024`,
 * `build-bot` stay readable.
 */
function looksLikeKeyMaterial(user: string): boolean {
  return user.split(/[-_.~]/).some((run) => run.length >= 16 && /\d/.test(run) && /[A-Za-z]/.test(run));
}

/** A token written as a URL's user name, with no password after it and no issuer prefix to know it by. */
export function findUrlUserTokens(text: string): TextPlace[] {
  if (!/:\\*\/[^@]*@/.test(text)) return [];
  const places: TextPlace[] = [];
  for (const match of text.matchAll(URL_USER)) {
    const user = match[1] ?? '';
    if (!looksLikeKeyMaterial(user)) continue;
    const end = match.index + match[0].length - 1;
    places.push({ start: end - user.length, end });
  }
  return places;
}
