import type { KeyedSecretPlace } from './keyedSecrets';
import { isSecretKey } from './secretKeys';

/** A secret key name, then `is`, `was` or an arrow, then its value: `password is …`, `token -> …`. */
const SAID =
  /(?<![\w-])([A-Za-z][\w-]{0,40})[ \t]+(?:is|was|->|→)[ \t]+(?:(["'])([^"'\n]{1,200})\2|([^\s"'<>]{1,200}))/gi;
/** A command-line flag named after a secret key and its value: `--password …`, `--api-key …`, `-pw …`. */
const FLAG = /(?<![\w-])--?([A-Za-z][\w-]{0,40})[ \t]+(?:(["'])([^"'\n]{1,200})\2|([^\s"'<>-][^\s"'<>]{0,199}))/g;
/** Flags that name where a secret is kept or how it is read, not the secret (`--password-file /etc/x`). */
const NAMES_SOURCE = /(?:file|path|dir|stdin|env|prompt)$/i;
/** MySQL's clients take the password glued to `-p`: `mysql -uroot -pSECRET db`. */
const MYSQL_PASSWORD =
  /\bmysql(?:dump|admin|import|show|check)?\b[^\n|;&]{0,200}?[ \t]-p(?:'([^'\n]+)'|"([^"\n]+)"|([^\s'"]+))/g;
const PUNCTUATION_AFTER = /[.,;:)]+$/;
const NOTHING = /^(?:null|undefined|true|false|none|nil|\[redacted: .*)$/i;

/**
 * Whether an unquoted word after a key is a credential rather than prose ("password is required",
 * "reset password -> sent", "use --token to sign in", "PIN is OK", "password is 8 characters"): it holds
 * a digit, a symbol or a capital after a small letter, and is no count of one to three digits; or it is as
 * long as a token.
 */
function isCredentialWord(word: string): boolean {
  if (word.length >= 16) return true;
  return /[^A-Za-z-]|[a-z][A-Z]/.test(word) && !/^\d{1,3}$/.test(word);
}

function valuePlace(match: RegExpMatchArray, key: string): KeyedSecretPlace | undefined {
  const [whole, , quote, quoted, bare] = match;
  const index = match.index ?? 0;
  if (quoted !== undefined && quote !== undefined) {
    if (NOTHING.test(quoted.trim())) return undefined;
    const end = index + whole.length - quote.length;
    return { start: end - quoted.length, end, key, cookie: false };
  }
  const word = (bare ?? '').replace(PUNCTUATION_AFTER, '');
  if (word === '' || NOTHING.test(word) || !isCredentialWord(word)) return undefined;
  const start = index + whole.length - (bare ?? '').length;
  return { start, end: start + word.length, key, cookie: false };
}

/**
 * Secrets written in words or on a command line rather than as `key=value`: after a secret key name and
 * `is`, `was` or an arrow, after a flag named after one, and glued to a MySQL client's `-p`.
 */
export function findProseSecrets(text: string): KeyedSecretPlace[] {
  const places: (KeyedSecretPlace | undefined)[] = [];
  if (/\s(?:is|was|->|→)\s/i.test(text)) {
    for (const match of text.matchAll(SAID)) {
      const key = match[1] ?? '';
      if (isSecretKey(key)) places.push(valuePlace(match, key));
    }
  }
  if (text.includes('-')) {
    for (const match of text.matchAll(FLAG)) {
      const key = match[1] ?? '';
      if (isSecretKey(key) && !NAMES_SOURCE.test(key)) places.push(valuePlace(match, key));
    }
    if (/mysql/i.test(text)) {
      for (const match of text.matchAll(MYSQL_PASSWORD)) {
        const value = match[1] ?? match[2] ?? match[3] ?? '';
        if (NOTHING.test(value)) continue;
        const end = match.index + match[0].length - (match[3] === undefined ? 1 : 0);
        places.push({ start: end - value.length, end, key: 'password', cookie: false });
      }
    }
  }
  return places.filter((found): found is KeyedSecretPlace => found !== undefined);
}
